package org.mediationdesk.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded workbook read as a stream (POI's event model): the package is opened from a file, so
 * only the parts read are unpacked; the shared strings and styles, which must be held, may unpack to
 * {@link #MAX_STRINGS_BYTES} and {@link #MAX_STYLES_BYTES} at most; the data sheet is read row by row
 * and never held. Whatever the file, memory stays within those bounds plus one row.
 */
final class WorkbookStream implements AutoCloseable {

    /** 5,000 rows of the longest cells the template allows, with room to spare. */
    static final long MAX_STRINGS_BYTES = 64L * 1024 * 1024;
    static final long MAX_STYLES_BYTES = 8L * 1024 * 1024;

    /** A workbook that only has numbers has no shared strings part. */
    private static final SharedStrings NO_STRINGS = new SharedStrings() {
        @Override
        public RichTextString getItemAt(int idx) {
            throw new IndexOutOfBoundsException(idx);
        }

        @Override
        public int getCount() {
            return 0;
        }

        @Override
        public int getUniqueCount() {
            return 0;
        }
    };

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final WorkbookPart workbook;
    private SharedStrings strings;
    private StylesTable styles;

    private WorkbookStream(OPCPackage pkg) throws IOException {
        this.pkg = pkg;
        try {
            this.reader = new XSSFReader(pkg);
            this.workbook = new WorkbookPart();
            parse(reader.getWorkbookData(), workbook);
        } catch (Exception e) {
            pkg.revert();
            throw new IOException("Not a readable workbook", e);
        }
    }

    /** @throws IOException when the file is no workbook this reader can open */
    static WorkbookStream open(File file) throws IOException {
        try {
            return new WorkbookStream(OPCPackage.open(file, PackageAccess.READ));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Not a readable workbook", e);
        }
    }

    boolean date1904() {
        return workbook.date1904;
    }

    /** The value of the cell that a defined name points at, or null when there is no such name or cell. */
    String namedCell(String name) throws IOException {
        String formula = workbook.definedNames.get(name);
        if (formula == null) {
            return null;
        }
        CellReference at;
        try {
            at = new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getFirstCell();
        } catch (RuntimeException unreadableReference) {
            return null;
        }
        String[] value = new String[1];
        boolean found = rows(at.getSheetName(), at.getCol() + 1, row -> {
            if (row.rowNumber() == at.getRow() + 1) {
                RawCell cell = row.cells().get(at.getCol());
                value[0] = cell == null ? null : cell.text();
                throw new StopReading();
            }
        });
        return found ? value[0] : null;
    }

    boolean hasSheet(String name) {
        return workbook.sheets.containsKey(name);
    }

    /**
     * Hands each row of the sheet to {@code rows}, one at a time; throw {@link StopReading} to stop.
     *
     * @return false when there is no such sheet
     */
    boolean rows(String sheet, int columns, Consumer<RawRow> rows) throws IOException {
        String id = workbook.sheets.get(sheet);
        if (id == null) {
            return false;
        }
        loadSharedParts();
        try (InputStream in = reader.getSheet(id)) {
            parse(in, new SheetRowHandler(strings, styles, columns, rows));
        } catch (StopReading stopped) {
            return true;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof StopReading) {
                return true;
            }
            throw new IOException("Unreadable sheet " + sheet, e);
        }
        return true;
    }

    private void loadSharedParts() throws IOException {
        if (strings != null) {
            return;
        }
        try {
            StylesTable table = new StylesTable();
            try (InputStream in = reader.getStylesData()) {
                table.readFrom(new LimitedInputStream(in, MAX_STYLES_BYTES));
            }
            styles = table;
        } catch (LimitedInputStream.PartTooLargeException e) {
            throw e;
        } catch (Exception noStyles) {
            styles = new StylesTable();
        }
        try (InputStream in = reader.getSharedStringsData()) {
            strings = new ReadOnlySharedStringsTable(new LimitedInputStream(in, MAX_STRINGS_BYTES), false);
        } catch (LimitedInputStream.PartTooLargeException e) {
            throw e;
        } catch (Exception noStrings) {
            strings = NO_STRINGS;
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Exception {
        var xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Thrown by a row consumer to stop reading the sheet. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** workbook.xml: the sheets by name (their relationship ids), the defined names, the 1904 date system. */
    private static final class WorkbookPart extends DefaultHandler {
        final Map<String, String> sheets = new HashMap<>();
        final Map<String, String> definedNames = new HashMap<>();
        boolean date1904;
        private String definedName;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "sheet" -> {
                    String id = null;
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if ("id".equals(attributes.getLocalName(i))) {
                            id = attributes.getValue(i);
                        }
                    }
                    sheets.put(attributes.getValue("name"), id);
                }
                case "workbookPr" -> date1904 = "1".equals(attributes.getValue("date1904"))
                        || "true".equals(attributes.getValue("date1904"));
                case "definedName" -> {
                    definedName = attributes.getValue("name");
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            if (definedName != null && text.length() < 1000) {
                text.append(chars, start, Math.min(length, 1000));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("definedName".equals(localName)) {
                definedNames.put(definedName, text.toString());
                definedName = null;
            }
        }
    }
}
