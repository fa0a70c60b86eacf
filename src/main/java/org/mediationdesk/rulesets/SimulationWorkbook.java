package org.mediationdesk.rulesets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.mediationdesk.web.Downloads;
import org.springframework.http.HttpHeaders;

/** The full simulation as a workbook: a summary sheet and one row per changed case (current → draft). */
final class SimulationWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> HEADERS = List.of("案件编号 case", "登记时间 registered", "类型 type",
            "分流不同 routed", "分派不同 assigned", "期限不同 deadlines", "风险不同 risk",
            "现行中心 current centre", "草稿中心 draft centre", "现行调解员 current mediator", "草稿调解员 draft mediator",
            "现行期限 current deadlines", "草稿期限 draft deadlines", "现行风险 current risk", "草稿风险 draft risk",
            "现行触发规则 current rules fired", "草稿触发规则 draft rules fired", "错误 errors");

    private SimulationWorkbook() {
    }

    /** Sends the workbook as a download named after the draft and the period. */
    static void send(SimulationReport report, LocalDate from, LocalDate to, HttpServletResponse response)
            throws IOException {
        String name = "simulation-" + report.draft() + "-" + from + "-" + to + ".xlsx";
        response.setContentType(Downloads.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, "规则模拟-" + name));
        write(report, response.getOutputStream());
    }

    static void write(SimulationReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            summary(workbook.createSheet("汇总 summary"), report, bold);
            SXSSFSheet cases = workbook.createSheet("差异 differences");
            Row header = cases.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            cases.createFreezePane(0, 1);
            cases.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            int at = 1;
            for (SimulatedCase changed : report.changedCases()) {
                row(cases.createRow(at++), changed);
            }
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, SimulationReport report, CellStyle bold) {
        Object[][] lines = {
                {"草稿版本 draft", report.draft()},
                {"对比的现行版本 compared with", report.current()},
                {"期间 period", report.from() + " — " + report.to()},
                {"案件数 cases", report.cases()},
                {"有差异的案件 changed", report.changed()},
                {"分流不同 routed differently", report.routedDifferently()},
                {"分派不同 assigned differently", report.assignedDifferently()},
                {"期限不同 deadlined differently", report.deadlinedDifferently()},
                {"风险等级不同 risk differently", report.riskDifferent()},
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(String.valueOf(lines[i][0]));
            row.getCell(0).setCellStyle(bold);
            if (lines[i][1] instanceof Integer number) {
                row.createCell(1).setCellValue(number);
            } else {
                row.createCell(1).setCellValue(String.valueOf(lines[i][1]));
            }
        }
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 28 * 256);
    }

    private static void row(Row row, SimulatedCase changed) {
        SimulatedOutcome now = changed.current();
        SimulatedOutcome then = changed.draft();
        Object[] cells = {changed.caseNumber(), changed.registeredAt().format(TIME), changed.type(),
                mark(changed.routedDifferently()), mark(changed.assignedDifferently()),
                mark(changed.deadlinedDifferently()), mark(changed.riskDifferent()),
                text(now.centre()), text(then.centre()), now.mediatorOrQueue(), then.mediatorOrQueue(),
                now.deadlines(), then.deadlines(), text(now.risk()), text(then.risk()),
                String.join("；", now.rulesFired()), String.join("；", then.rulesFired()),
                String.join("；", List.of(text(now.error()), text(then.error())))};
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(String.valueOf(cells[i]));
        }
    }

    private static String mark(boolean different) {
        return different ? "是" : "";
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
