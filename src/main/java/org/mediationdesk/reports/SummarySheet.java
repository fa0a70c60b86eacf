package org.mediationdesk.reports;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.reports.ReportMapper.Summary;

/**
 * 汇总: each figure for the period (本期), the year to date (本年累计), the same period last year
 * (去年同期), with the change against last year (同比) and against the period before (环比); then the
 * return's form fields. Definitions in docs/reports.md.
 */
final class SummarySheet {

    static final String[] HEADER = {"指标 Figure", "本期 This period", "本年累计 Year to date",
            "去年同期 Same period last year", "同比 vs last year", "环比 vs previous period"};

    /** The four summaries a comparison needs. */
    record Comparison(Summary current, Summary yearToDate, Summary lastYear, Summary previous) {
    }

    private enum Kind { COUNT, MONEY, RATE, DECIMAL }

    private record Figure(String label, Kind kind, Function<Summary, Double> value) {
    }

    private static final List<Figure> FIGURES = List.of(
            count("受理纠纷 Received", Summary::received),
            count("办结 Concluded", Summary::concluded),
            count("调解成功 Successfully mediated", Summary::resolved),
            rate("调解成功率 Resolution rate", s -> SheetWriter.rate(s.resolved(), s.concluded())),
            count("按期办结 Concluded on time", Summary::onTime),
            rate("按期办结率 On-time completion rate", s -> SheetWriter.rate(s.onTime(), s.concluded())),
            new Figure("协议涉及金额（元） Amount agreed (yuan)", Kind.MONEY, s -> s.agreedAmount().doubleValue()),
            count("期末在办 In progress at period end", Summary::inProgress),
            count("期末超期 Overdue at period end", Summary::overdue),
            count("群体性纠纷 Group disputes", Summary::groupDisputes),
            count("防止民转刑（件） Prevented from turning criminal (cases)", Summary::criminalRiskPrevented),
            count("防止民转刑（人） Prevented from turning criminal (people)", Summary::criminalRiskPreventedPeople),
            count("达成协议 Agreements", Summary::agreements),
            rate("回访率 Follow-up rate", s -> SheetWriter.rate(s.agreementsFollowedUp(), s.agreements())),
            count("回访 Follow-ups", Summary::followUps),
            rate("履行率 Performance rate", s -> SheetWriter.rate(s.performed(), s.followUps())),
            count("申请司法确认 Judicial confirmation applied", Summary::confirmationsApplied),
            count("司法确认 Judicially confirmed", Summary::confirmationsConfirmed),
            new Figure("回访满意度（1–5） Follow-up satisfaction", Kind.DECIMAL, Summary::satisfaction),
            new Figure("平均受理天数 Average days to acceptance", Kind.DECIMAL, Summary::daysToAcceptance),
            new Figure("平均办结天数 Average days to outcome", Kind.DECIMAL, Summary::daysToOutcome));

    private final SheetWriter writer;

    SummarySheet(SheetWriter writer) {
        this.writer = writer;
    }

    XSSFSheet write(XSSFWorkbook workbook, String name, Comparison figures, ReportHeader header) {
        XSSFSheet sheet = workbook.createSheet(name);
        writer.top(sheet, HEADER);
        int r = SheetWriter.HEADER_ROWS;
        for (Figure figure : FIGURES) {
            Row row = sheet.createRow(r++);
            writer.text(row, 0, figure.label());
            CellStyle style = style(figure.kind());
            Double now = figure.value().apply(figures.current());
            writer.optional(row, 1, now, style);
            writer.optional(row, 2, figure.value().apply(figures.yearToDate()), style);
            Double lastYear = figure.value().apply(figures.lastYear());
            writer.optional(row, 3, lastYear, style);
            if (figure.kind() == Kind.COUNT || figure.kind() == Kind.MONEY) {
                writer.optional(row, 4, change(now, lastYear), writer.styles().percent);
                writer.optional(row, 5, change(now, figure.value().apply(figures.previous())), writer.styles().percent);
            }
        }
        formFields(sheet, r + 1, header);
        sheet.createFreezePane(0, SheetWriter.HEADER_ROWS);
        sheet.setColumnWidth(0, 44 * 256);
        for (int i = 1; i < HEADER.length; i++) {
            sheet.setColumnWidth(i, 15 * 256);
        }
        return sheet;
    }

    private void formFields(XSSFSheet sheet, int r, ReportHeader header) {
        CellStyle line = writer.styles().signature;
        Row unit = sheet.createRow(r);
        writer.text(unit, 0, "填报单位 Reporting unit", writer.styles().bold);
        writer.text(unit, 1, header.unit());
        Row preparer = sheet.createRow(r + 1);
        writer.text(preparer, 0, "填报人 Prepared by", writer.styles().bold);
        writer.text(preparer, 1, header.preparer());
        writer.text(preparer, 3, "填报日期 Date", writer.styles().bold);
        writer.text(preparer, 4, header.preparedOn().toString());
        Row signatures = sheet.createRow(r + 2);
        writer.text(signatures, 0, "审核人 Reviewed by", writer.styles().bold);
        writer.text(signatures, 1, "", line);
        writer.text(signatures, 3, "负责人 Head of unit", writer.styles().bold);
        writer.text(signatures, 4, "", line);
    }

    /** (now − before) ÷ before; none when before is zero or missing. */
    private static Double change(Double now, Double before) {
        return now == null || before == null || before == 0 ? null : (now - before) / before;
    }

    private CellStyle style(Kind kind) {
        return switch (kind) {
            case COUNT -> writer.styles().integer;
            case MONEY -> writer.styles().money;
            case RATE -> writer.styles().percent;
            case DECIMAL -> writer.styles().decimal;
        };
    }

    private static Figure count(String label, ToLongFunction<Summary> value) {
        return new Figure(label, Kind.COUNT, s -> (double) value.applyAsLong(s));
    }

    private static Figure rate(String label, Function<Summary, Double> value) {
        return new Figure(label, Kind.RATE, value);
    }
}
