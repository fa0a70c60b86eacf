package org.mediationdesk.imports;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.springframework.stereotype.Component;

/**
 * The import template: sheet 纠纷登记 with a Chinese and an English header row, drop-downs fed by
 * the hidden sheet 选项, and a defined name pointing at the template version there, which is how an
 * upload is recognised as made from this template.
 */
@Component
class ImportTemplate {

    static final String DATA_SHEET = "纠纷登记";
    static final int FIRST_DATA_ROW = 2;
    static final int MAX_ROWS = 5000;
    static final String PERSON = "个人";
    static final String ORGANISATION = "单位";
    private static final String LISTS_SHEET = "选项";
    private static final String MARKER_NAME = "MediationDeskImportTemplate";
    private static final String VERSION = "mediationdesk-import-v1";
    private static final int MARKER_COLUMN = 5;

    private final ReferenceData referenceData;

    ImportTemplate(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** A new, empty template; the caller fills rows and closes it. */
    XSSFWorkbook create() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet data = workbook.createSheet(DATA_SHEET);
        Sheet lists = workbook.createSheet(LISTS_SHEET);
        writeHeaders(workbook, data);
        int types = writeList(lists, 0, referenceData.disputeTypes().stream().map(DisputeType::nameZh).toList());
        int sources = writeList(lists, 1, SourceNames.names());
        int counties = writeList(lists, 2, counties());
        int kinds = writeList(lists, 3, List.of(PERSON, ORGANISATION));
        lists.getRow(0).createCell(MARKER_COLUMN).setCellValue(VERSION);
        Name marker = workbook.createName();
        marker.setNameName(MARKER_NAME);
        marker.setRefersToFormula(absolute(MARKER_COLUMN, 1, 1));
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
        dropDown(data, ImportColumn.TYPE, absolute(0, 1, types));
        dropDown(data, ImportColumn.SOURCE, absolute(1, 1, sources));
        dropDown(data, ImportColumn.COUNTY, absolute(2, 1, counties));
        dropDown(data, ImportColumn.APPLICANT_KIND, absolute(3, 1, kinds));
        dropDown(data, ImportColumn.RESPONDENT_KIND, absolute(3, 1, kinds));
        return workbook;
    }

    /** Whether the streamed workbook carries this template's marker and data sheet. */
    boolean isTemplate(WorkbookStream workbook) throws IOException {
        return workbook.hasSheet(DATA_SHEET) && VERSION.equals(workbook.namedCell(MARKER_NAME));
    }

    private List<String> counties() {
        return referenceData.regions().stream().filter(region -> "COUNTY".equals(region.regionLevel()))
                .map(Region::nameZh).toList();
    }

    private void writeHeaders(Workbook workbook, Sheet data) {
        CellStyle zh = headerStyle(workbook, true);
        CellStyle en = headerStyle(workbook, false);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row chinese = data.createRow(0);
        Row english = data.createRow(1);
        for (ImportColumn column : ImportColumn.values()) {
            int i = column.ordinal();
            chinese.createCell(i).setCellValue(column.zh);
            chinese.getCell(i).setCellStyle(zh);
            english.createCell(i).setCellValue(column.en);
            english.getCell(i).setCellStyle(en);
            data.setColumnWidth(i, column == ImportColumn.DESCRIPTION ? 40 * 256 : 16 * 256);
            // ID numbers and phones as text, so Excel does not round an 18-digit number.
            data.setDefaultColumnStyle(i, column == ImportColumn.OCCURRED_ON ? date : text);
        }
        data.createFreezePane(0, FIRST_DATA_ROW);
    }

    private static CellStyle headerStyle(Workbook workbook, boolean bold) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(bold);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static int writeList(Sheet lists, int column, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(column).setCellValue(values.get(i));
        }
        return values.size();
    }

    private static String absolute(int column, int firstRow, int lastRow) {
        String letter = CellReference.convertNumToColString(column);
        return "'" + LISTS_SHEET + "'!$" + letter + "$" + firstRow + ":$" + letter + "$" + lastRow;
    }

    private static void dropDown(XSSFSheet data, ImportColumn column, String listFormula) {
        var helper = new XSSFDataValidationHelper(data);
        var cells = new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + MAX_ROWS - 1, column.ordinal(),
                column.ordinal());
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listFormula), cells);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setSuppressDropDownArrow(true);
        data.addValidationData(validation);
    }
}
