package org.mediationdesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.cases.PersonalDataMask;

/**
 * Writes the statistical report. The small sheets and the chart are built in memory; the case
 * list, which can hold a whole year of a county, is streamed (SXSSF keeps 100 rows in memory).
 */
final class StatisticsWorkbook {

    static final String SUMMARY = "汇总 Summary";
    static final String BY_TYPE = "按类型 By type";
    static final String BY_CENTRE = "按中心 By centre";
    static final String BY_TOWNSHIP = "按乡镇 By township";
    static final String BY_MEDIATOR = "按调解员 By mediator";
    static final String BY_RISK = "按风险等级 By risk";
    static final String BY_SOURCE = "按来源 By source";
    static final String BY_OUTCOME = "按结果 By outcome";
    static final String BY_AGENCY = "联合调解 Joint agencies";
    static final String BY_REFERRAL = "诉调对接 Referrals";
    static final String OVERDUE = "期末超期 Overdue";
    static final String CASE_LIST = "案件清单 Cases";
    static final String[] BREAKDOWN_HEADER =
            {"项目 Item", "受理 Received", "办结 Concluded", "调解成功 Resolved", "调解成功率 Resolution rate"};
    private static final int WINDOW = 100;
    /** The most cases the case list holds: a sheet's 1,048,576 rows less the title and header rows. */
    static final int MAX_CASES = SpreadsheetVersion.EXCEL2007.getMaxRows() - SheetWriter.HEADER_ROWS;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final SheetWriter writer;
    private XSSFSheet summary;

    StatisticsWorkbook(String scopeName, ReportPeriod period) {
        this.writer = new SheetWriter(new ReportStyles(workbook),
                scopeName + " 矛盾纠纷调处化解统计报表（" + period + "）");
    }

    void summary(SummarySheet.Comparison figures, ReportHeader header) {
        summary = new SummarySheet(writer).write(workbook, SUMMARY, figures, header);
    }

    /** The type sheet, and the summary's chart drawn from it. */
    void byType(List<ReportRows.Line> rows) {
        XSSFSheet sheet = breakdown(BY_TYPE, rows);
        int first = SheetWriter.HEADER_ROWS;
        TypeChart.draw(summary, sheet, first, first + rows.size() - 1, SummarySheet.HEADER.length + 1);
    }

    XSSFSheet breakdown(String name, List<ReportRows.Line> rows) {
        XSSFSheet sheet = workbook.createSheet(name);
        writer.top(sheet, BREAKDOWN_HEADER);
        int r = SheetWriter.HEADER_ROWS;
        for (ReportRows.Line line : rows) {
            breakdownRow(sheet.createRow(r++), line.label(), line.figures(), false);
        }
        breakdownRow(sheet.createRow(r), "合计 Total",
                ReportRows.total(rows.stream().map(ReportRows.Line::figures).toList()), true);
        writer.finish(sheet, BREAKDOWN_HEADER.length, r - 1, 28, 16);
        return sheet;
    }

    /** One centre's row of the centre sheet, and where its figures come from (see {@link CentreRollup}). */
    record CentreLine(String label, ReportMapper.Breakdown figures, String source) {
    }

    /** Sub-centres under their county centre, each county with a subtotal row, and a grand total. */
    void byCentre(List<CentreRollup.County> counties) {
        XSSFSheet sheet = workbook.createSheet(BY_CENTRE);
        String[] header = {BREAKDOWN_HEADER[0], BREAKDOWN_HEADER[1], BREAKDOWN_HEADER[2], BREAKDOWN_HEADER[3],
                BREAKDOWN_HEADER[4], "数据来源 Figures from"};
        writer.top(sheet, header);
        int r = SheetWriter.HEADER_ROWS;
        List<ReportMapper.Breakdown> all = new ArrayList<>();
        for (CentreRollup.County county : counties) {
            List<ReportMapper.Breakdown> figures = new ArrayList<>();
            for (CentreLine line : county.centres()) {
                Row row = sheet.createRow(r++);
                breakdownRow(row, line.label(), line.figures(), false);
                writer.text(row, 5, line.source());
                figures.add(line.figures());
            }
            breakdownRow(sheet.createRow(r++), "小计 Subtotal：" + county.name(), ReportRows.total(figures), true);
            all.addAll(figures);
        }
        breakdownRow(sheet.createRow(r), "合计 Total", ReportRows.total(all), true);
        writer.finish(sheet, header.length, r - 1, 36, 14);
        sheet.setColumnWidth(5, 40 * 256);
    }

    /** A table of counts per row with a total row, e.g. agencies asked to join, referrals by destination. */
    void counts(String name, String[] header, List<String> labels, List<long[]> values) {
        XSSFSheet sheet = workbook.createSheet(name);
        writer.top(sheet, header);
        int r = SheetWriter.HEADER_ROWS;
        long[] total = new long[header.length - 1];
        for (int i = 0; i < labels.size(); i++) {
            Row row = sheet.createRow(r++);
            writer.text(row, 0, labels.get(i));
            for (int c = 0; c < total.length; c++) {
                writer.number(row, c + 1, values.get(i)[c], writer.styles().integer);
                total[c] += values.get(i)[c];
            }
        }
        Row totalRow = sheet.createRow(r);
        writer.text(totalRow, 0, "合计 Total", writer.styles().bold);
        for (int c = 0; c < total.length; c++) {
            writer.number(totalRow, c + 1, total[c], writer.styles().integer);
        }
        writer.finish(sheet, header.length, r - 1, 28, 18);
    }

    /** Cases overdue at the period's end ({@code asOf}), with the days overdue then. */
    void overdue(List<ReportMapper.OverdueCase> cases, LocalDateTime asOf, ReportLabels labels) {
        XSSFSheet sheet = workbook.createSheet(OVERDUE);
        String[] header = {"案件编号 Case", "中心 Centre", "阶段 Stage", "期限 Due", "超期天数 Days overdue", "承办人 Holder"};
        writer.top(sheet, header);
        int r = SheetWriter.HEADER_ROWS;
        for (ReportMapper.OverdueCase c : cases) {
            Row row = sheet.createRow(r++);
            writer.text(row, 0, c.caseNumber());
            writer.text(row, 1, labels.centre(c.centreCode()));
            writer.text(row, 2, labels.label("CaseStatus", c.status()));
            writer.date(row, 3, c.due());
            if (c.due() != null) {
                writer.number(row, 4, Math.max(0, Duration.between(c.due(), asOf).toDays()), writer.styles().integer);
            }
            writer.text(row, 5, c.holder() == null ? "中心待认领" : c.holder());
        }
        writer.finish(sheet, header.length, r - 1, 22, 18);
        sheet.setColumnWidth(1, 34 * 256);
    }

    /**
     * Streams the case list and writes the whole workbook, every sheet's printed footer naming who exported
     * it and when; the streaming sheet's temp files are removed.
     *
     * @param unmasked whether applicants' ID numbers and phones are written whole (else masked)
     * @param open     reads an ID number or phone as stored (encrypted at rest)
     */
    void caseListAndWrite(Cursor<ReportMapper.CaseLine> cases, ReportLabels labels, boolean unmasked,
                         UnaryOperator<String> open, String exportedBy, OutputStream out) throws IOException {
        SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, WINDOW);
        // A county's year is hundreds of MB of sheet XML in the temp file; gzip keeps the disk it takes small.
        streaming.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = streaming.createSheet(CASE_LIST);
            String[] header = {"案件编号 Case", "登记时间 Registered", "类型 Type", "中心 Centre", "调解员 Mediator",
                    "状态 Status", "结果 Outcome", "争议金额 Amount", "结案时间 Closed", "受理用时（天） Days to acceptance",
                    "办结用时（天） Days to outcome", "申请人 Applicant", "被申请人 Respondent",
                    "申请人证件号码 Applicant's ID number", "申请人电话 Applicant's phone"};
            writer.top(sheet, header);
            int r = SheetWriter.HEADER_ROWS;
            for (ReportMapper.CaseLine c : cases) {
                caseRow(sheet.createRow(r++), c, labels, unmasked, open);
            }
            writer.finish(sheet, header.length, r - 1, 18, 14);
            sheet.setColumnWidth(3, 30 * 256);
            sheet.setColumnWidth(13, 22 * 256);
            for (int i = 0; i < streaming.getNumberOfSheets(); i++) {
                streaming.getSheetAt(i).getHeader().setRight(unmasked ? "含完整个人信息 Unmasked personal data" : "");
                streaming.getSheetAt(i).getFooter().setLeft(exportedBy);
            }
            streaming.write(out);
        } finally {
            streaming.dispose();
            streaming.close();
        }
    }

    private void caseRow(Row row, ReportMapper.CaseLine c, ReportLabels labels, boolean unmasked,
                         UnaryOperator<String> open) {
        writer.text(row, 0, c.caseNumber());
        writer.date(row, 1, c.registeredAt());
        writer.text(row, 2, labels.type(c.disputeTypeCode()));
        writer.text(row, 3, labels.centre(c.centreCode()));
        writer.text(row, 4, c.mediator());
        writer.text(row, 5, labels.label("CaseStatus", c.status()));
        writer.text(row, 6, c.closureType() == null ? "" : labels.text("closure." + c.closureType()));
        if (c.amountInDispute() != null) {
            writer.number(row, 7, c.amountInDispute().doubleValue(), writer.styles().money);
        }
        writer.date(row, 8, c.closedAt());
        days(row, 9, c.minutesToAcceptance());
        days(row, 10, c.minutesToOutcome());
        writer.text(row, 11, partyName(c.applicant(), c.applicantKind()));
        writer.text(row, 12, partyName(c.respondent(), c.respondentKind()));
        String idNumber = open.apply(c.applicantIdNumber());
        String phone = open.apply(c.applicantPhone());
        writer.text(row, 13, unmasked ? idNumber : PersonalDataMask.idNumber(idNumber));
        writer.text(row, 14, unmasked ? phone : PersonalDataMask.phone(phone));
    }

    /**
     * 沈建国 → 沈**: the list goes upward and outside the centre, so a person's name is shortened; a
     * company's or other organisation's name is public and stays whole.
     */
    static String partyName(String name, String kind) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return "ORGANISATION".equals(kind) ? name : name.charAt(0) + "*".repeat(Math.min(2, name.length() - 1));
    }

    private void breakdownRow(Row row, String label, ReportMapper.Breakdown b, boolean bold) {
        if (bold) {
            writer.text(row, 0, label, writer.styles().bold);
        } else {
            writer.text(row, 0, label);
        }
        writer.number(row, 1, b.received(), writer.styles().integer);
        writer.number(row, 2, b.concluded(), writer.styles().integer);
        writer.number(row, 3, b.resolved(), writer.styles().integer);
        writer.optional(row, 4, SheetWriter.rate(b.resolved(), b.concluded()), writer.styles().percent);
    }

    private void days(Row row, int column, Integer minutes) {
        if (minutes != null) {
            writer.number(row, column, minutes / 1440.0, writer.styles().decimal);
        }
    }
}
