package org.mediationdesk.imports;

import java.util.Arrays;
import java.util.function.Consumer;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML row by row (SAX) and hands each row's first {@code columns} cells on; only
 * one row is held at a time, and a cell's text is cut at {@link #MAX_CELL_CHARS}, so memory stays
 * bounded whatever the sheet holds. Cells past the template's columns are skipped unread.
 */
final class SheetRowHandler extends DefaultHandler {

    /** Far above any field's limit (2,000 for a description): a longer cell is refused as too long anyway. */
    static final int MAX_CELL_CHARS = 10_000;

    private final SharedStrings strings;
    private final StylesTable styles;
    private final int columns;
    private final Consumer<RawRow> rows;

    private int rowNumber;
    private RawCell[] cells;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private boolean collecting;
    private boolean inInlineString;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();
    private boolean cutShort;

    SheetRowHandler(SharedStrings strings, StylesTable styles, int columns, Consumer<RawRow> rows) {
        this.strings = strings;
        this.styles = styles;
        this.columns = columns;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new RawCell[columns];
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                text.setLength(0);
                cutShort = false;
            }
            case "f" -> formula = true;
            case "v" -> collecting = true;
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inInlineString && !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                if (column >= 0 && column < columns && cells != null) {
                    cells[column] = cell();
                }
            }
            case "row" -> {
                rows.accept(new RawRow(rowNumber, Arrays.asList(cells)));
                cells = null;
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] chars, int start, int length) {
        if (!collecting || column < 0 || column >= columns) {
            return;
        }
        int room = MAX_CELL_CHARS - text.length();
        if (length > room) {
            cutShort = true;
        }
        text.append(chars, start, Math.max(0, Math.min(length, room)));
    }

    private RawCell cell() {
        String value = text.toString();
        if (formula && value.isEmpty() && !"str".equals(type)) {
            return new RawCell(RawCell.Kind.FORMULA_WITHOUT_VALUE, "", 0, null, true, false);
        }
        if (type == null || type.equals("n")) {
            if (value.isEmpty()) {
                return null;
            }
            XSSFCellStyle cellStyle = style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            return new RawCell(RawCell.Kind.NUMBER, value.strip(), cellStyle == null ? 0 : cellStyle.getDataFormat(),
                    cellStyle == null ? null : cellStyle.getDataFormatString(), formula, cutShort);
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "b" -> new RawCell(RawCell.Kind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE", 0, null, formula, false);
            case "e" -> new RawCell(RawCell.Kind.ERROR, value, 0, null, formula, false);
            // "str" (a formula's text result), "inlineStr", and anything else read as text
            default -> new RawCell(RawCell.Kind.TEXT, value, 0, null, formula, cutShort);
        };
    }

    private RawCell sharedString(String index) {
        try {
            String value = strings.getItemAt(Integer.parseInt(index.strip())).getString();
            boolean tooLong = value.length() > MAX_CELL_CHARS;
            return new RawCell(RawCell.Kind.TEXT, tooLong ? value.substring(0, MAX_CELL_CHARS) : value, 0, null, formula,
                    tooLong);
        } catch (RuntimeException noSuchString) {
            return new RawCell(RawCell.Kind.ERROR, "#REF!", 0, null, formula, false);
        }
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
