package org.mediationdesk.reports;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every sheet of the report shares: the title merged across the table, the bold header row,
 * typed cells, and a print set-up for the justice bureau's binder (A4 landscape, one page wide,
 * title and header repeated on every page, page numbers in the footer).
 */
final class SheetWriter {

    /** Title and header: the rows repeated at the top of every printed page. */
    static final int HEADER_ROWS = 2;

    private final ReportStyles styles;
    private final String title;

    SheetWriter(ReportStyles styles, String title) {
        this.styles = styles;
        this.title = title;
    }

    ReportStyles styles() {
        return styles;
    }

    /** Title (row 1, merged over the table's columns) and header (row 2). */
    void top(Sheet sheet, String... header) {
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        Cell cell = titleRow.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        if (header.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
        }
        Row row = sheet.createRow(1);
        // Two lines: the Chinese and the English label wrap in a column narrower than both.
        row.setHeightInPoints(30);
        for (int i = 0; i < header.length; i++) {
            Cell h = row.createCell(i);
            h.setCellValue(header[i]);
            h.setCellStyle(styles.header);
        }
        printSetup(sheet);
    }

    /** Frozen header, autofilter over the table, and column widths (first column wider). */
    void finish(Sheet sheet, int columns, int lastDataRow, int firstColumnWidth, int otherWidth) {
        sheet.createFreezePane(0, HEADER_ROWS);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, lastDataRow), 0, columns - 1));
        sheet.setColumnWidth(0, firstColumnWidth * 256);
        for (int i = 1; i < columns; i++) {
            sheet.setColumnWidth(i, otherWidth * 256);
        }
    }

    void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : value);
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A number cell, left empty when there is no value (a rate of nothing is not 0%). */
    void optional(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            number(row, column, value, style);
        }
    }

    void date(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.dateTime);
        }
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + HEADER_ROWS));
        sheet.setHorizontallyCenter(true);
        // &P and &N: the spreadsheet's codes for this page's number and the number of pages
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
