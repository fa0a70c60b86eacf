package org.mediationdesk.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the report, created once per workbook (Excel caps the number of styles). */
final class ReportStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle integer;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle dateTime;
    final CellStyle bold;
    /** A form field to be signed or filled by hand: a line under it. */
    final CellStyle signature;

    ReportStyles(Workbook workbook) {
        var format = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        money = workbook.createCellStyle();
        money.setDataFormat(format.getFormat("#,##0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.0"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        signature = workbook.createCellStyle();
        signature.setBorderBottom(BorderStyle.THIN);
    }
}
