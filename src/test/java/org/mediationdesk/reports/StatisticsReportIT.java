package org.mediationdesk.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.mediationdesk.web.Downloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.reports.WorkbookCells.number;
import static org.mediationdesk.reports.WorkbookCells.rowStarting;

/**
 * The statistical report read back with POI and checked cell by cell against figures computed here
 * from the raw rows (ExpectedFigures, not the report's SQL), for 南浔区's centres, this month and last.
 * Downloads ask for a fresh report, so a copy another test submitted is not what is checked.
 */
@ApplicationTest
class StatisticsReportIT {

    static final String MEDIATOR = "linghu.mediator";
    static final String MEDIATOR_NAME = "徐海林（渔业调解员）";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportExports exports;

    Workflow workflow;
    ReportPeriod thisMonth;
    ReportPeriod lastMonth;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        LocalDate today = BusinessTime.today();
        thisMonth = PeriodKind.MONTH.period(today, null, null);
        lastMonth = PeriodKind.MONTH.period(today.minusMonths(1), null, null);
    }

    @Test
    void everyFigureOfTheSummaryMatchesTheDatabaseForThisMonthAndLastMonth() {
        threatenedConfirmedAndResolvedCase();
        resolvedCase(Disputes.fisheryDisputeInLinghu());
        String referred = inMediation();
        workflow.concludeMediation(MEDIATOR, referred, "{\"outcome\": \"FAILED\"}");
        workflow.work(MEDIATOR, referred, "referral", "{\"referredTo\": \"COURT\", \"body\": \"南浔区人民法院\"}");
        String lateLastMonth = workflow.registerFisheryDispute();
        LocalDateTime registered = lastMonth.from().plusDays(10).atTime(9, 30);
        jdbc.update("UPDATE dispute_case SET registered_at = ?, acceptance_due = ? WHERE case_number = ?",
                registered, registered.plusDays(2), lateLastMonth);

        XSSFWorkbook current = download("nanxun.manager", query(thisMonth));
        XSSFWorkbook previous = download("nanxun.manager", query(lastMonth));

        Sheet summary = current.getSheet(StatisticsWorkbook.SUMMARY);
        assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("南浔区社会矛盾纠纷调处化解中心")
                .contains(thisMonth.from().toString()).contains(thisMonth.to().toString());
        WorkbookCells.assertSummary(summary, this::nanxun, thisMonth);
        Sheet lastSummary = previous.getSheet(StatisticsWorkbook.SUMMARY);
        WorkbookCells.assertSummary(lastSummary, this::nanxun, lastMonth);
        assertThat(number(rowStarting(lastSummary, "期末超期"), 1)).as("overdue at last month's end").isPositive();
        assertThat(number(rowStarting(summary, "防止民转刑（件）"), 1)).isPositive();
        assertThat(number(rowStarting(summary, "履行率"), 1)).isPositive();
        Row preparer = rowStarting(summary, "填报人");
        assertThat(preparer.getCell(1).getStringCellValue()).isEqualTo("沈志强（南浔区矛调中心主任）");
        assertThat(preparer.getCell(3).getStringCellValue()).startsWith("填报日期");
        assertThat(preparer.getCell(4).getStringCellValue()).isEqualTo(BusinessTime.today().toString());
        assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(1);

        Sheet byType = current.getSheet(StatisticsWorkbook.BY_TYPE);
        ExpectedFigures expected = nanxun(thisMonth);
        assertThat(number(rowStarting(byType, "渔业"), 1)).isEqualTo((double) expected.receivedByType.get("FISHERY"));
        Row total = rowStarting(byType, "合计");
        assertThat(number(total, 1)).isEqualTo((double) expected.received);
        assertThat(number(total, 2)).isEqualTo((double) expected.concluded);
        assertThat(byType.getPaneInformation().isFreezePane()).isTrue();
        assertThat(((XSSFSheet) byType).getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(byType.getPrintSetup().getLandscape()).isTrue();
        assertThat(byType.getRepeatingRows().getLastRow()).as("title and header repeat on every page").isEqualTo(1);
        assertThat(current.getSheet(StatisticsWorkbook.CASE_LIST).getLastRowNum() - 1).isEqualTo((int) expected.received);
    }

    @Test
    void breakdownsListEveryReferenceRowInItsOfficialOrderWithZeros() {
        workflow.registerFisheryDispute();

        XSSFWorkbook workbook = download("linghu.manager", query(thisMonth));

        List<String> typeNames = jdbc.queryForList("SELECT name_zh FROM dispute_type ORDER BY sort_order", String.class);
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_TYPE))).containsExactlyElementsOf(typeNames);
        assertThat(number(rowStarting(workbook.getSheet(StatisticsWorkbook.BY_TYPE), "婚姻家庭"), 1)).isZero();
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_RISK)))
                .containsExactly("低", "中", "高", "重大", "未评估 Not assessed");
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_SOURCE))).hasSize(7).startsWith("群众来访");
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_OUTCOME)))
                .containsExactly("调解成功", "引导诉讼、仲裁", "终止调解", "不予受理", "办理中");
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_REFERRAL))).containsExactly("法院", "仲裁机构", "行政机关");
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_AGENCY))).hasSize(12).startsWith("公安", "司法局（人民调解）");
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_TOWNSHIP))).containsExactlyElementsOf(jdbc.queryForList(
                "SELECT name_zh FROM region WHERE parent_code = '330503' ORDER BY code", String.class));
        assertThat(labels(workbook.getSheet(StatisticsWorkbook.BY_MEDIATOR))).contains(MEDIATOR_NAME)
                .endsWith("未指派 No mediator").doesNotContain(MEDIATOR);
        ExpectedFigures linghu = ExpectedFigures.of(jdbc, ExpectedFigures.LINGHU, thisMonth.from(), thisMonth.to(),
                BusinessTime.now());
        for (String sheet : List.of(StatisticsWorkbook.BY_TYPE, StatisticsWorkbook.BY_TOWNSHIP,
                StatisticsWorkbook.BY_MEDIATOR, StatisticsWorkbook.BY_RISK, StatisticsWorkbook.BY_SOURCE,
                StatisticsWorkbook.BY_OUTCOME)) {
            assertThat(number(rowStarting(workbook.getSheet(sheet), "合计"), 1)).as(sheet).isEqualTo((double) linghu.received);
        }
    }

    @Test
    void caseListShowsLabelsAndPeoplesNamesAndShortensOnlyPersonsNames() {
        var body = Disputes.fisheryDisputeInLinghu();
        Disputes.party(body, 1).put("kind", "ORGANISATION").put("name", "湖州菱湖渔业发展有限公司");
        String caseNumber = resolvedCase(body);

        Sheet cases = download("linghu.manager", query(thisMonth)).getSheet(StatisticsWorkbook.CASE_LIST);

        Row row = rowStarting(cases, caseNumber);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(MEDIATOR_NAME);
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("已结案");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("调解成功");
        assertThat(row.getCell(11).getStringCellValue()).isEqualTo("沈**");
        assertThat(row.getCell(12).getStringCellValue()).isEqualTo("湖州菱湖渔业发展有限公司");
    }

    @Test
    void byCentreSheetGroupsSubCentresUnderTheirCountyWithSubtotals() {
        workflow.registerFisheryDispute();

        Sheet byCentre = download("nanxun.manager", query(thisMonth)).getSheet(StatisticsWorkbook.BY_CENTRE);

        Row subtotal = rowStarting(byCentre, "小计 Subtotal：南浔区社会矛盾纠纷调处化解中心");
        Row county = rowStarting(byCentre, "南浔区社会矛盾纠纷调处化解中心");
        Row fisheryCentre = rowStarting(byCentre, "菱湖渔业纠纷调处化解中心");
        assertThat(county.getRowNum()).isLessThan(fisheryCentre.getRowNum());
        assertThat(fisheryCentre.getRowNum()).isLessThan(subtotal.getRowNum());
        assertThat(number(subtotal, 1)).isEqualTo((double) nanxun(thisMonth).received);
    }

    @Test
    void caseOverdueAtThePeriodsEndIsListedWithItsMediatorsName() {
        String caseNumber = inMediation();
        jdbc.update("UPDATE dispute_case SET mediation_due = ? WHERE case_number = ?",
                BusinessTime.now().minusDays(4), caseNumber);

        Sheet overdue = download("linghu.manager", query(thisMonth)).getSheet(StatisticsWorkbook.OVERDUE);

        Row row = rowStarting(overdue, caseNumber);
        assertThat(number(row, 4)).isGreaterThanOrEqualTo(4);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("调解中");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(jdbc.queryForObject("SELECT u.display_name"
                + " FROM dispute_case c JOIN app_user u ON u.username = c.mediator WHERE c.case_number = ?",
                String.class, caseNumber));
    }

    @Test
    void managerMayNotReportOnAnotherCountysCentre() {
        assertThat(get("linghu.manager", "?centre=WX-FEIYING-POLICE").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("linghu.mediator", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        var response = get("nanxun.manager", "?from=2026-11-30&to=2026-11-01");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(new String(response.getBody())).contains("\"field\":\"to\"");
    }

    @Test
    void freshDownloadIsRefusedWith429AndRetryAfterWhileEveryExportPlaceIsTaken() {
        List<ReportExports.Place> taken = new ArrayList<>();
        try {
            while (true) {
                taken.add(exports.start());
            }
        } catch (ReportsBusyException full) {
            var refused = get("nanxun.manager", "?fresh=true");

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
            assertThat(new String(refused.getBody(), StandardCharsets.UTF_8))
                    .contains("服务器正在同时生成 " + taken.size() + " 份统计报表");
        } finally {
            taken.forEach(ReportExports.Place::close);
        }
        assertThat(get("nanxun.manager", "?fresh=true").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A high-risk (threats ticked) dispute, judicially confirmed and performed: resolved. */
    private void threatenedConfirmedAndResolvedCase() {
        var body = Disputes.fisheryDisputeInLinghu();
        body.putArray("riskIndicators").add("THREATS");
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody()
                .get("caseNumber").asText();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"赔偿五千元\", \"amount\": 5000,"
                + " \"performanceDeadline\": \"" + BusinessTime.today().plusDays(5) + "\", \"form\": \"WRITTEN\","
                + " \"effectiveOn\": \"" + BusinessTime.today() + "\", \"judicialConfirmation\": true}");
        workflow.work(MEDIATOR, caseNumber, "judicialConfirmation", "{\"applied\": true,"
                + " \"appliedOn\": \"" + BusinessTime.today() + "\", \"court\": \"南浔区人民法院\"}");
        workflow.work(MEDIATOR, caseNumber, "courtRuling", "{\"decision\": \"CONFIRMED\","
                + " \"courtCaseNumber\": \"（2026）浙0503民特88号\", \"decidedOn\": \"" + BusinessTime.today() + "\"}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");
        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": true, \"applicantSatisfaction\": 3, \"respondentSatisfaction\": 4}");
    }

    private String resolvedCase(ObjectNode body) {
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody()
                .get("caseNumber").asText();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"赔偿一万二千元\", \"amount\": 12000.50,"
                + " \"performanceDeadline\": \"" + BusinessTime.today().plusDays(5) + "\", \"form\": \"WRITTEN\","
                + " \"effectiveOn\": \"" + BusinessTime.today() + "\", \"judicialConfirmation\": false}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");
        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": true, \"applicantSatisfaction\": 5, \"respondentSatisfaction\": 4}");
        return caseNumber;
    }

    private String inMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        // On a shared database the assignment rules may find every fishery mediator at their cap: then take it.
        var mediate = workflow.task(caseNumber, "mediate");
        if (mediate.getAssignee() == null) {
            workflow.claim(MEDIATOR, mediate.getId());
        }
        return caseNumber;
    }

    private ExpectedFigures nanxun(ReportPeriod period) {
        return ExpectedFigures.of(jdbc, ExpectedFigures.NANXUN, period.from(), period.to(), BusinessTime.now());
    }

    /** The labels of a breakdown's rows, the total row left out. */
    private static List<String> labels(Sheet sheet) {
        List<String> labels = new ArrayList<>();
        for (int r = SheetWriter.HEADER_ROWS; r < sheet.getLastRowNum(); r++) {
            labels.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return labels;
    }

    static String query(ReportPeriod period) {
        return "?fresh=true&from=" + period.from() + "&to=" + period.to();
    }

    private XSSFWorkbook download(String user, String query) {
        ResponseEntity<byte[]> response = get(user, query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(Downloads.XLSX);
        return WorkbookCells.read(response.getBody());
    }

    private ResponseEntity<byte[]> get(String user, String query) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/reports/statistics.xlsx" + query, byte[].class);
    }
}
