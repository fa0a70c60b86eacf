package org.mediationdesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.mediationdesk.cases.Agreement;
import org.mediationdesk.cases.PartyRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Lays out the 人民调解协议书 on an A4 page in 宋体: title and number, the mediation organisation, a table
 * of the parties, the facts, the terms, performance, the copies note and the signature and seal lines.
 * Every run names its East Asian font ({@code w:rFonts w:eastAsia}) so Word, WPS and LibreOffice
 * all render the Chinese the same way.
 */
final class AgreementDocx {

    static final String EAST_ASIAN_FONT = "宋体";
    private static final String LATIN_FONT = "Times New Roman";
    private static final int TITLE_SIZE = 22;
    private static final int HEADING_SIZE = 14;
    private static final int BODY_SIZE = 12;
    private static final String BLANK = "______________";
    /** 人民调解法 第二十九条: when a written agreement takes effect. */
    static final String EFFECT_NOTE = "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。";
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String[] CHINESE_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private AgreementDocx() {
    }

    static byte[] write(Content content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            defaultFonts(doc);
            title(doc);
            paragraph(doc, ParagraphAlignment.RIGHT, "编号：" + content.caseNumber(), false);
            paragraph(doc, ParagraphAlignment.LEFT, "调解组织：" + content.centreName(), false);

            heading(doc, "当事人");
            parties(doc, content.parties());

            heading(doc, "纠纷事实及争议事项");
            body(doc, content.description());

            Agreement agreement = content.agreement();
            heading(doc, "协议内容");
            body(doc, "经调解，各方当事人自愿达成如下协议：");
            body(doc, agreement.terms());
            if (agreement.amount() != null) {
                body(doc, "涉及金额：人民币" + yuan(agreement.amount()) + "元。");
            }

            heading(doc, "履行方式、时限");
            body(doc, "协议形式：" + form(agreement.agreementForm()) + "。");
            if (agreement.performanceDeadline() != null) {
                body(doc, "履行期限：于" + date(agreement.performanceDeadline()) + "前履行完毕。");
            }
            body(doc, copiesNote(content.parties().size()));
            body(doc, EFFECT_NOTE);

            signatures(doc, content.parties(), agreement);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 本协议一式三份…} for two parties: one copy per party and one for the committee. */
    static String copiesNote(int parties) {
        int copies = parties + 1;
        String number = copies < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[copies] : Integer.toString(copies);
        return "本协议一式" + number + "份，当事人各执一份，人民调解委员会留存一份。";
    }

    private static void title(XWPFDocument doc) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingAfter(240);
        styled(title.createRun(), "人民调解协议书", TITLE_SIZE, true);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setSpacingBefore(240);
        heading.setSpacingAfter(120);
        styled(heading.createRun(), text, HEADING_SIZE, true);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setFirstLineIndent(2 * BODY_SIZE * 20);
        paragraph.setSpacingAfter(120);
        styled(paragraph.createRun(), text, BODY_SIZE, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, String text, boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        styled(paragraph.createRun(), text, BODY_SIZE, bold);
        return paragraph;
    }

    private static void parties(XWPFDocument doc, List<Party> parties) {
        XWPFTable table = doc.createTable(parties.size() + 1, 4);
        table.setWidth("100%");
        String[] header = {"当事人", "姓名（名称）", "身份证号码（统一社会信用代码）", "联系电话"};
        String[] widths = {"15%", "25%", "38%", "22%"};
        for (int column = 0; column < header.length; column++) {
            cell(table.getRow(0).getCell(column), header[column], widths[column], true);
        }
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String[] values = {role(party.role()), party.name(), orEmpty(party.idNumber()), orEmpty(party.phone())};
            for (int column = 0; column < values.length; column++) {
                cell(table.getRow(i + 1).getCell(column), values[column], widths[column], false);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, String width, boolean bold) {
        cell.setWidth(width);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        styled(paragraph.createRun(), text, BODY_SIZE, bold);
    }

    private static void signatures(XWPFDocument doc, List<Party> parties, Agreement agreement) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(480);
        for (Party party : parties) {
            paragraph(doc, ParagraphAlignment.LEFT, role(party.role()) + " " + party.name() + "　　当事人（签名）："
                    + BLANK + "　日期：" + BLANK, false).setSpacingAfter(360);
        }
        paragraph(doc, ParagraphAlignment.LEFT, "调解员（签名）：" + BLANK, false).setSpacingAfter(480);
        paragraph(doc, ParagraphAlignment.RIGHT, "人民调解委员会（盖章）", false);
        if (agreement.effectiveOn() != null) {
            paragraph(doc, ParagraphAlignment.RIGHT, date(agreement.effectiveOn()), false);
        }
    }

    private static void styled(XWPFRun run, String text, int size, boolean bold) {
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(EAST_ASIAN_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
    }

    /** Document defaults, so that empty paragraphs and table cells use the same fonts. */
    private static void defaultFonts(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(EAST_ASIAN_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
    }

    /** A4 portrait with Word's default Chinese margins (2.54 cm top and bottom, 3.17 cm left and right). */
    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1800));
        margins.setRight(BigInteger.valueOf(1800));
    }

    private static String role(PartyRole role) {
        return switch (role) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case THIRD_PARTY -> "第三人";
        };
    }

    private static String form(String agreementForm) {
        if ("WRITTEN".equals(agreementForm)) {
            return "书面协议";
        }
        return "ORAL".equals(agreementForm) ? "口头协议" : orEmpty(agreementForm);
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static String date(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** What the document shows of a party; the ID number is whole or masked as the reader may see it. */
    record Party(PartyRole role, String name, String idNumber, String phone) {
    }

    /** Everything the document shows. */
    record Content(String caseNumber, String centreName, String description, List<Party> parties,
                   Agreement agreement) {
    }
}
