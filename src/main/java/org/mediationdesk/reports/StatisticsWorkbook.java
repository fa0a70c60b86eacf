package org.mediationdesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the statistical report. The small sheets and the chart are built in memory; the case
 * list, which can hold a whole year of a county, is streamed (SXSSF keeps 100 rows in memory).
 */
final class StatisticsWorkbook {

    static final String SUMMARY = "汇总 Summary";
    static final String BY_TYPE = "按类型 By type";
    static final String BY_CENTRE = "按中心 By centre";
    static final String BY_SOURCE = "按来源 By source";
    static final String BY_OUTCOME = "按结果 By outcome";
    static final String OVERDUE = "超期 Overdue";
    static final String CASE_LIST = "案件清单 Cases";
    private static final String[] BREAKDOWN_HEADER =
            {"项目 Item", "受理 Received", "办结 Concluded", "调解成功 Resolved", "调解成功率 Resolution rate"};
    private static final int WINDOW = 100;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ReportStyles styles = new ReportStyles(workbook);
    private final String title;

    StatisticsWorkbook(String scopeName, ReportPeriod period) {
        this.title = scopeName + " 矛盾纠纷调处化解统计报表（" + period + "）";
    }

    void summary(ReportMapper.Summary s, List<ReportMapper.Breakdown> byType, Function<String, String> typeName) {
        XSSFSheet sheet = workbook.createSheet(SUMMARY);
        titleRow(sheet, 2);
        header(sheet, 1, "指标 Figure", "数值 Value");
        int r = 2;
        r = line(sheet, r, "受理纠纷 Received", s.received(), styles.integer);
        r = line(sheet, r, "办结 Concluded", s.concluded(), styles.integer);
        r = line(sheet, r, "调解成功 Successfully mediated", s.resolved(), styles.integer);
        r = rateLine(sheet, r, "调解成功率 Resolution rate", s.resolved(), s.concluded());
        r = line(sheet, r, "协议涉及金额（元） Amount agreed (yuan)", s.agreedAmount().doubleValue(), styles.money);
        r = line(sheet, r, "在办 In progress", s.inProgress(), styles.integer);
        r = line(sheet, r, "超期 Overdue", s.overdue(), styles.integer);
        r = line(sheet, r, "群体性纠纷 Group disputes", s.groupDisputes(), styles.integer);
        r = line(sheet, r, "防止民转刑（件） Prevented from turning criminal (cases)", s.criminalRiskPrevented(), styles.integer);
        r = line(sheet, r, "防止民转刑（人） Prevented from turning criminal (people)", s.criminalRiskPreventedPeople(),
                styles.integer);
        r = line(sheet, r, "申请司法确认 Judicial confirmation applied", s.confirmationsApplied(), styles.integer);
        r = line(sheet, r, "司法确认 Judicially confirmed", s.confirmationsConfirmed(), styles.integer);
        r = optionalLine(sheet, r, "回访满意度（1–5） Follow-up satisfaction", s.satisfaction());
        r = optionalLine(sheet, r, "平均受理天数 Average days to acceptance", s.daysToAcceptance());
        optionalLine(sheet, r, "平均办结天数 Average days to outcome", s.daysToOutcome());
        chartOfTypes(sheet, byType, typeName);
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.createFreezePane(0, 2);
    }

    void breakdown(String name, List<ReportMapper.Breakdown> rows, Function<String, String> label) {
        XSSFSheet sheet = workbook.createSheet(name);
        titleRow(sheet, BREAKDOWN_HEADER.length);
        header(sheet, 1, BREAKDOWN_HEADER);
        int r = 2;
        for (ReportMapper.Breakdown row : rows) {
            breakdownRow(sheet.createRow(r++), label.apply(row.code()), row, false);
        }
        breakdownRow(sheet.createRow(r), "合计 Total", total(rows), true);
        finishTable(sheet, BREAKDOWN_HEADER.length, r - 1, 28);
    }

    /** Sub-centres under their county centre, each county with a subtotal row, and a grand total. */
    void byCentre(Map<String, List<ReportMapper.Breakdown>> byCounty, Function<String, String> centreName) {
        XSSFSheet sheet = workbook.createSheet(BY_CENTRE);
        titleRow(sheet, BREAKDOWN_HEADER.length);
        header(sheet, 1, BREAKDOWN_HEADER);
        int r = 2;
        List<ReportMapper.Breakdown> all = new ArrayList<>();
        for (var county : byCounty.entrySet()) {
            for (ReportMapper.Breakdown row : county.getValue()) {
                breakdownRow(sheet.createRow(r++), centreName.apply(row.code()), row, false);
            }
            breakdownRow(sheet.createRow(r++), "小计 Subtotal：" + centreName.apply(county.getKey()),
                    total(county.getValue()), true);
            all.addAll(county.getValue());
        }
        breakdownRow(sheet.createRow(r), "合计 Total", total(all), true);
        finishTable(sheet, BREAKDOWN_HEADER.length, r - 1, 40);
    }

    void overdue(List<ReportMapper.OverdueCase> cases, LocalDateTime now, Function<String, String> centreName) {
        XSSFSheet sheet = workbook.createSheet(OVERDUE);
        String[] header = {"案件编号 Case", "中心 Centre", "阶段 Stage", "期限 Due", "超期天数 Days overdue", "承办人 Holder"};
        titleRow(sheet, header.length);
        header(sheet, 1, header);
        int r = 2;
        for (ReportMapper.OverdueCase c : cases) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.caseNumber());
            row.createCell(1).setCellValue(centreName.apply(c.centreCode()));
            row.createCell(2).setCellValue("AWAITING_ACCEPTANCE".equals(c.status()) ? "待受理" : "调解中");
            dateCell(row, 3, c.due());
            numberCell(row, 4, Duration.between(c.due(), now).toDays(), styles.integer);
            row.createCell(5).setCellValue(c.holder() == null ? "中心待认领" : c.holder());
        }
        finishTable(sheet, header.length, r - 1, 22);
    }

    /** Streams the case list and writes the whole workbook; the streaming sheet's temp files are removed. */
    void caseListAndWrite(Cursor<ReportMapper.CaseLine> cases, Function<String, String> typeName,
                          Function<String, String> centreName, OutputStream out) throws IOException {
        SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, WINDOW);
        try {
            SXSSFSheet sheet = streaming.createSheet(CASE_LIST);
            String[] header = {"案件编号 Case", "登记时间 Registered", "类型 Type", "中心 Centre", "调解员 Mediator",
                    "状态 Status", "结果 Outcome", "争议金额 Amount", "结案时间 Closed", "受理用时（天） Days to acceptance",
                    "办结用时（天） Days to outcome", "申请人 Applicant", "被申请人 Respondent"};
            titleRow(sheet, header.length);
            header(sheet, 1, header);
            int r = 2;
            for (ReportMapper.CaseLine c : cases) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.caseNumber());
                dateCell(row, 1, c.registeredAt());
                row.createCell(2).setCellValue(typeName.apply(c.disputeTypeCode()));
                row.createCell(3).setCellValue(centreName.apply(c.centreCode()));
                row.createCell(4).setCellValue(c.mediator() == null ? "" : c.mediator());
                row.createCell(5).setCellValue(c.status());
                row.createCell(6).setCellValue(c.closureType() == null ? "" : c.closureType());
                if (c.amountInDispute() != null) {
                    numberCell(row, 7, c.amountInDispute().doubleValue(), styles.money);
                }
                dateCell(row, 8, c.closedAt());
                days(row, 9, c.minutesToAcceptance());
                days(row, 10, c.minutesToOutcome());
                row.createCell(11).setCellValue(maskName(c.applicant()));
                row.createCell(12).setCellValue(maskName(c.respondent()));
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, header.length - 1));
            for (int i = 0; i < header.length; i++) {
                sheet.setColumnWidth(i, (i == 3 ? 34 : 18) * 256);
            }
            streaming.write(out);
        } finally {
            streaming.dispose();
            streaming.close();
        }
    }

    /** 沈建国 → 沈**: the list goes upward and outside the centre, so names are shortened. */
    static String maskName(String name) {
        return name == null || name.isEmpty() ? "" : name.charAt(0) + "*".repeat(Math.min(2, name.length() - 1));
    }

    private void chartOfTypes(XSSFSheet sheet, List<ReportMapper.Breakdown> byType, Function<String, String> typeName) {
        int first = 2;
        for (int i = 0; i < byType.size(); i++) {
            Row row = sheet.getRow(first + i) == null ? sheet.createRow(first + i) : sheet.getRow(first + i);
            row.createCell(3).setCellValue(typeName.apply(byType.get(i).code()));
            numberCell(row, 4, byType.get(i).received(), styles.integer);
        }
        sheet.getRow(1).createCell(3).setCellValue("类型 Type");
        sheet.getRow(1).getCell(3).setCellStyle(styles.header);
        sheet.getRow(1).createCell(4).setCellValue("受理 Received");
        sheet.getRow(1).getCell(4).setCellStyle(styles.header);
        sheet.setColumnWidth(3, 16 * 256);
        if (byType.isEmpty()) {
            return;
        }
        var drawing = sheet.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, 6, 1, 16, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("按类型受理 Received by type");
        var categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        var values = chart.createValueAxis(AxisPosition.LEFT);
        int last = first + byType.size() - 1;
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 3, 3)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 4, 4)))
                .setTitle("受理 Received", null);
        chart.plot(data);
    }

    private void breakdownRow(Row row, String label, ReportMapper.Breakdown b, boolean bold) {
        Cell name = row.createCell(0);
        name.setCellValue(label);
        if (bold) {
            name.setCellStyle(styles.bold);
        }
        numberCell(row, 1, b.received(), styles.integer);
        numberCell(row, 2, b.concluded(), styles.integer);
        numberCell(row, 3, b.resolved(), styles.integer);
        rateCell(row, 4, b.resolved(), b.concluded());
    }

    private static ReportMapper.Breakdown total(List<ReportMapper.Breakdown> rows) {
        return new ReportMapper.Breakdown("TOTAL", rows.stream().mapToLong(ReportMapper.Breakdown::received).sum(),
                rows.stream().mapToLong(ReportMapper.Breakdown::concluded).sum(),
                rows.stream().mapToLong(ReportMapper.Breakdown::resolved).sum());
    }

    private int line(Sheet sheet, int r, String label, double value, CellStyle style) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        numberCell(row, 1, value, style);
        return r + 1;
    }

    private int rateLine(Sheet sheet, int r, String label, long part, long whole) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        rateCell(row, 1, part, whole);
        return r + 1;
    }

    private int optionalLine(Sheet sheet, int r, String label, Double value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        if (value != null) {
            numberCell(row, 1, value, styles.decimal);
        }
        return r + 1;
    }

    /** A percentage cell, empty when nothing was concluded (a rate of nothing is not 0%). */
    private void rateCell(Row row, int column, long part, long whole) {
        if (whole > 0) {
            numberCell(row, column, (double) part / whole, styles.percent);
        }
    }

    private void numberCell(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void dateCell(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.dateTime);
        }
    }

    private void days(Row row, int column, Integer minutes) {
        if (minutes != null) {
            numberCell(row, column, minutes / 1440.0, styles.decimal);
        }
    }

    private void titleRow(Sheet sheet, int width) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        }
    }

    private void header(Sheet sheet, int rowIndex, String... labels) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels[i]);
            cell.setCellStyle(styles.header);
        }
    }

    private void finishTable(Sheet sheet, int columns, int lastDataRow, int firstColumnWidth) {
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, lastDataRow), 0, columns - 1));
        sheet.setColumnWidth(0, firstColumnWidth * 256);
        for (int i = 1; i < columns; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }
}
