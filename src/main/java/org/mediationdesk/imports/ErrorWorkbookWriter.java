package org.mediationdesk.imports;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.imports.ImportResult.CellProblem;
import org.mediationdesk.imports.ImportResult.RejectedRow;
import org.springframework.stereotype.Component;

/**
 * The rejected rows in a fresh template, as typed, each bad cell shaded with its message as a
 * comment, and a last column 错误说明 listing every problem with the row number of the upload.
 * Corrected, the workbook can be uploaded as it is.
 */
@Component
class ErrorWorkbookWriter {

    static final String PROBLEMS_HEADER = "错误说明";

    private final ImportTemplate template;

    ErrorWorkbookWriter(ImportTemplate template) {
        this.template = template;
    }

    byte[] write(List<ImportRow> rows, List<RejectedRow> rejected) {
        XSSFWorkbook workbook = template.create();
        XSSFSheet sheet = workbook.getSheet(ImportTemplate.DATA_SHEET);
        int problemsColumn = ImportColumn.values().length;
        sheet.getRow(0).createCell(problemsColumn).setCellValue(PROBLEMS_HEADER);
        sheet.getRow(1).createCell(problemsColumn).setCellValue("Problems");
        sheet.setColumnWidth(problemsColumn, 60 * 256);
        CellStyle bad = workbook.createCellStyle();
        bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(ImportTemplate.FIRST_DATA_ROW + i);
            List<String> cells = rows.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            RejectedRow rejection = rejected.get(i);
            for (ImportColumn column : ImportColumn.values()) {
                String message = rejection.problems().stream().filter(p -> column.zh.equals(p.column()))
                        .map(CellProblem::message).collect(Collectors.joining("；"));
                if (!message.isEmpty()) {
                    Cell cell = row.getCell(column.ordinal()) != null ? row.getCell(column.ordinal())
                            : row.createCell(column.ordinal());
                    cell.setCellStyle(bad);
                    cell.setCellComment(comment(workbook, drawing, cell, message));
                }
            }
            row.createCell(problemsColumn).setCellValue("第" + rejection.row() + "行：" + rejection.problems().stream()
                    .map(p -> p.column() == null ? p.message() : p.column() + "：" + p.message())
                    .collect(Collectors.joining("；")));
        }
        return BulkImport.bytes(workbook);
    }

    private static Comment comment(XSSFWorkbook workbook, Drawing<?> drawing, Cell cell, String message) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(message));
        comment.setAuthor("MediationDesk");
        return comment;
    }
}
