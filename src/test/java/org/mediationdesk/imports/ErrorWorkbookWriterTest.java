package org.mediationdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationdesk.imports.RejectedRow.CellProblem;
import org.mediationdesk.reference.ReferenceDataStub;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorWorkbookWriterTest {

    private final ErrorWorkbookWriter writer = new ErrorWorkbookWriter(
            new ImportTemplate(ReferenceDataStub.withCentres(List.of())));

    @Test
    void eachRefusedCellIsShadedWithItsMessageAsACommentOnThatCell() throws IOException {
        List<String> cells = new ArrayList<>(List.of("渔业", "当事人申请", "南浔区", "不存在镇", "", "描述", "2026-11-01", "2",
                "-100", "沈建国", "个人", "", "", "钱小明", "个人", "", ""));
        ErrorWorkbookWriter.Sheet sheet = writer.open();
        sheet.add(cells, new RejectedRow(6, List.of(new CellProblem("乡镇（街道）", "没有这个乡镇"),
                new CellProblem("争议金额（元）", "不能为负"))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.finish()))) {
            XSSFSheet data = workbook.getSheet("纠纷登记");
            assertThat(data.getRow(2).getCell(3).getStringCellValue()).isEqualTo("不存在镇");
            assertThat(data.getRow(2).getCell(3).getCellComment().getString().getString()).isEqualTo("没有这个乡镇");
            assertThat(data.getRow(2).getCell(8).getCellComment().getString().getString()).isEqualTo("不能为负");
            assertThat(data.getRow(2).getCell(4)).isNull();
            assertThat(data.getRow(2).getCell(5).getCellComment()).isNull();
            assertThat(data.getRow(2).getCell(17).getStringCellValue())
                    .isEqualTo("第6行：乡镇（街道）：没有这个乡镇；争议金额（元）：不能为负");
            assertThat(data.getRow(0).getCell(17).getStringCellValue()).isEqualTo("错误说明");
        }
    }
}
