package org.mediationdesk.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.imports.RejectedRow.CellProblem;
import org.springframework.stereotype.Component;

/**
 * The rejected rows in a fresh template, as typed, each bad cell shaded with its message as a
 * comment, and a last column 错误说明 listing every problem with the row number of the upload.
 * Corrected, the workbook can be uploaded as it is. Written as a stream (SXSSF): 5,000 refused rows
 * take the memory of a hundred.
 */
@Component
class ErrorWorkbookWriter {

    static final String PROBLEMS_HEADER = "错误说明";

    private final ImportTemplate template;

    ErrorWorkbookWriter(ImportTemplate template) {
        this.template = template;
    }

    /** A workbook to add refused rows to, one at a time; rows are flushed to a temporary file as it grows. */
    Sheet open() {
        return new Sheet(template.create());
    }

    /** The error workbook being written: {@link #add} each refused row, then {@link #finish}. */
    static final class Sheet {

        private final SXSSFWorkbook workbook;
        private final SXSSFSheet sheet;
        private final CellStyle bad;
        private final Drawing<?> drawing;
        private final int problemsColumn = ImportColumn.values().length;
        private int next = ImportTemplate.FIRST_DATA_ROW;

        private Sheet(XSSFWorkbook template) {
            XSSFSheet data = template.getSheet(ImportTemplate.DATA_SHEET);
            data.getRow(0).createCell(problemsColumn).setCellValue(PROBLEMS_HEADER);
            data.getRow(1).createCell(problemsColumn).setCellValue("Problems");
            data.setColumnWidth(problemsColumn, 60 * 256);
            workbook = new SXSSFWorkbook(template, 100);
            sheet = workbook.getSheet(ImportTemplate.DATA_SHEET);
            bad = workbook.createCellStyle();
            bad.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            bad.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            drawing = sheet.createDrawingPatriarch();
        }

        void add(List<String> cells, RejectedRow rejection) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            for (ImportColumn column : ImportColumn.values()) {
                String message = rejection.problems().stream().filter(p -> column.zh.equals(p.column()))
                        .map(CellProblem::message).collect(Collectors.joining("；"));
                if (!message.isEmpty()) {
                    Cell cell = row.getCell(column.ordinal()) != null ? row.getCell(column.ordinal())
                            : row.createCell(column.ordinal());
                    cell.setCellStyle(bad);
                    Comment comment = comment(workbook, drawing, cell, message);
                    // The drawing places a new comment at its anchor's corner; it belongs to the cell.
                    comment.setAddress(cell.getAddress());
                    cell.setCellComment(comment);
                }
            }
            row.createCell(problemsColumn).setCellValue("第" + rejection.row() + "行：" + rejection.problems().stream()
                    .map(p -> p.column() == null ? p.message() : p.column() + "：" + p.message())
                    .collect(Collectors.joining("；")));
        }

        byte[] finish() {
            try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Comment comment(Workbook workbook, Drawing<?> drawing, Cell cell, String message) {
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
