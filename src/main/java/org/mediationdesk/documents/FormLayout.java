package org.mediationdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Lays out a printed form on A4 as Chinese forms are set: the committee's name, the title in the title
 * font at 二号 (22 pt, the size of 方正小标宋 titles), the body in the body font at 四号 or 小四, tables
 * of labelled fields, signature lines, and "第 X 页 共 Y 页" in the footer from PAGE and NUMPAGES fields.
 * Every run names its East Asian font ({@code w:rFonts w:eastAsia}) so Word, WPS and LibreOffice agree.
 * Text may hold poi-tl placeholders ({@code {{caseNumber}}}); the layout does not read them.
 */
final class FormLayout {

    private static final String LATIN_FONT = "Times New Roman";
    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 14;
    private static final int TABLE_SIZE = 12;
    private static final int SMALL_SIZE = 10;
    private static final int CHARACTER_TWIPS = BODY_SIZE * 20;

    private final XWPFDocument doc = new XWPFDocument();
    private final String bodyFont;
    private final String titleFont;
    private XWPFParagraph last;

    FormLayout(String bodyFont, String titleFont) {
        this.bodyFont = bodyFont;
        this.titleFont = titleFont;
        a4();
        defaultFonts();
        pageNumbers();
    }

    FormLayout committee() {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER, 0);
        run(paragraph, "{{committee}}", 16, true, titleFont);
        return this;
    }

    FormLayout title(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER, 240);
        paragraph.setSpacingBefore(120);
        run(paragraph, text, TITLE_SIZE, false, titleFont);
        return this;
    }

    FormLayout right(String text) {
        run(paragraph(ParagraphAlignment.RIGHT, 120), text, BODY_SIZE, false, bodyFont);
        return this;
    }

    /** A body paragraph indented two characters, as Chinese prose is. */
    FormLayout text(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 60);
        paragraph.setFirstLineIndent(2 * CHARACTER_TWIPS);
        run(paragraph, text, BODY_SIZE, false, bodyFont);
        return this;
    }

    FormLayout line(String text) {
        run(paragraph(ParagraphAlignment.LEFT, 60), text, BODY_SIZE, false, bodyFont);
        return this;
    }

    FormLayout heading(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT, 60);
        paragraph.setSpacingBefore(120);
        paragraph.getCTPPr().addNewKeepNext();
        run(paragraph, text, BODY_SIZE, true, bodyFont);
        return this;
    }

    /**
     * One paragraph per item of the list {@code name} (items {@code {text: …}}), indented as prose: each
     * line of a multi-line entry (numbered terms, a session's summary) becomes its own paragraph.
     */
    FormLayout lines(String name) {
        return lines(name, false);
    }

    /** As {@link #lines(String)}, each paragraph kept on the page of the next when {@code keep}. */
    FormLayout lines(String name, boolean keep) {
        return repeated(name, () -> {
            text("{{text}}");
            if (keep) {
                keepWithNext();
            }
        });
    }

    /**
     * The paragraphs {@code body} writes, once per item of the list {@code name}: poi-tl's section, its
     * start and end tags on paragraphs of their own, which the rendering removes.
     */
    FormLayout repeated(String name, Runnable body) {
        line("{{?" + name + "}}");
        body.run();
        line("{{/" + name + "}}");
        return this;
    }

    FormLayout signature(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT, 0);
        paragraph.setSpacingBefore(360);
        run(paragraph, text, BODY_SIZE, false, bodyFont);
        return this;
    }

    FormLayout sealLine(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.RIGHT, 0);
        paragraph.setSpacingBefore(480);
        run(paragraph, text, BODY_SIZE, false, bodyFont);
        return this;
    }

    /** Keeps the last paragraph on the same page as the next one (Word's "keep with next"). */
    FormLayout keepWithNext() {
        if (!last.getCTPPr().isSetKeepNext()) {
            last.getCTPPr().addNewKeepNext();
        }
        last.getCTPPr().addNewKeepLines();
        return this;
    }

    /** Rows of label and value cells: {@code {"时间", "{{heldAt}}", "地点", "{{place}}"}}; a two-cell row's value spans. */
    FormLayout fields(String[][] rows) {
        int columns = 0;
        for (String[] row : rows) {
            columns = Math.max(columns, row.length);
        }
        XWPFTable table = doc.createTable(rows.length, columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.length; r++) {
            String[] row = rows[r];
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                boolean label = c % 2 == 0;
                cell.setWidth(label ? "16%" : (row.length == 2 ? "84%" : "34%"));
                cell(cell, c < row.length ? row[c] : "", label);
            }
            if (row.length == 2 && columns > 2) {
                table.getRow(r).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - 1));
                for (int c = columns - 1; c >= 2; c--) {
                    table.getRow(r).removeCell(c);
                }
            }
        }
        trailingParagraph();
        return this;
    }

    /** A tall field for what is written by hand: label and an empty cell of {@code lines} lines. */
    FormLayout handwritten(String label, String value, int lines) {
        XWPFTable table = doc.createTable(1, 2);
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), label, true);
        table.getRow(0).getCell(0).setWidth("16%");
        table.getRow(0).getCell(1).setWidth("84%");
        cell(table.getRow(0).getCell(1), value, false);
        table.getRow(0).setHeight(lines * 480);
        table.getRow(0).setHeightRule(TableRowHeightRule.AT_LEAST);
        trailingParagraph();
        return this;
    }

    /**
     * A table with one row per item of the list {@code name} (poi-tl's row loop: {@code {{name}}} in the
     * header's first cell, {@code [field]} in the row below).
     */
    FormLayout rows(String name, String[] headers, String[] fields, String[] widths) {
        XWPFTable table = doc.createTable(2, headers.length);
        table.setWidth("100%");
        for (int c = 0; c < headers.length; c++) {
            XWPFTableCell header = table.getRow(0).getCell(c);
            header.setWidth(widths[c]);
            cell(header, (c == 0 ? "{{" + name + "}}" : "") + headers[c], true, SMALL_SIZE);
            cell(table.getRow(1).getCell(c), "[" + fields[c] + "]", false, SMALL_SIZE);
            table.getRow(1).getCell(c).setWidth(widths[c]);
        }
        trailingParagraph();
        return this;
    }

    byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(XWPFTableCell cell, String text, boolean label) {
        cell(cell, text, label, TABLE_SIZE);
    }

    private void cell(XWPFTableCell cell, String text, boolean label, int size) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(label ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(paragraph, text, size, label, bodyFont);
    }

    /** Word needs a paragraph between two tables, and a little space after one. */
    private void trailingParagraph() {
        paragraph(ParagraphAlignment.LEFT, 0);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int spacingAfter) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        last = paragraph;
        return paragraph;
    }

    private void run(XWPFParagraph paragraph, String text, int size, boolean bold, String eastAsianFont) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        fonts(run.getCTR(), eastAsianFont);
    }

    private static void fonts(CTR run, String eastAsianFont) {
        CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(eastAsianFont);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
    }

    private void pageNumbers() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        footerText(paragraph, "第 ");
        field(paragraph, "PAGE");
        footerText(paragraph, " 页 共 ");
        field(paragraph, "NUMPAGES");
        footerText(paragraph, " 页");
    }

    private void footerText(XWPFParagraph paragraph, String text) {
        run(paragraph, text, SMALL_SIZE, false, bodyFont);
    }

    private void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        CTR run = field.addNewR();
        fonts(run, bodyFont);
        run.getRPr().addNewSz().setVal(BigInteger.valueOf(SMALL_SIZE * 2L));
        run.addNewT().setStringValue("1");
    }

    private void defaultFonts() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(bodyFont);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
    }

    /** A4 portrait, margins as the national standard for official documents (GB/T 9704: 3.7 cm top, 2.8 cm left). */
    private void a4() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setFooter(BigInteger.valueOf(992));
    }
}
