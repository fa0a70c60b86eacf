package org.mediationdesk.reports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The statistical report read back with POI and checked cell by cell against figures computed here
 * from the raw rows (not with the report's SQL), for 南浔区's centres and the current month.
 */
@ApplicationTest
class StatisticsReportIT {

    private static final String MEDIATOR = "linghu.mediator";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        LocalDate today = BusinessTime.today();
        from = today.withDayOfMonth(1);
        to = today.withDayOfMonth(today.lengthOfMonth());
    }

    @Test
    void everyFigureOfTheSummaryAndTheTypeSheetMatchesTheDatabase() throws Exception {
        threatenedConfirmedAndResolvedCase();
        String resolved = resolvedCase();
        String referred = inMediation();
        workflow.concludeMediation(MEDIATOR, referred, "{\"outcome\": \"FAILED\"}");
        workflow.work(MEDIATOR, referred, "referral", "{\"referredTo\": \"COURT\", \"body\": \"南浔区人民法院\"}");
        workflow.registerFisheryDispute();

        XSSFWorkbook workbook = download("nanxun.manager", "");

        Expected expected = expected();
        Sheet summary = workbook.getSheet(StatisticsWorkbook.SUMMARY);
        assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("南浔区社会矛盾纠纷调处化解中心")
                .contains(from.toString()).contains(to.toString());
        assertThat(value(summary, "受理纠纷")).isEqualTo((double) expected.received);
        assertThat(value(summary, "办结")).isEqualTo((double) expected.concluded);
        assertThat(value(summary, "调解成功 Successfully")).isEqualTo((double) expected.resolved);
        Cell rate = cell(summary, "调解成功率");
        assertThat(rate.getNumericCellValue()).isCloseTo((double) expected.resolved / expected.concluded, within(1e-9));
        assertThat(rate.getCellStyle().getDataFormatString()).contains("%");
        assertThat(value(summary, "协议涉及金额")).isEqualTo(expected.agreedAmount.doubleValue());
        assertThat(value(summary, "在办")).isEqualTo((double) expected.inProgress);
        assertThat(value(summary, "群体性纠纷")).isEqualTo((double) expected.groupDisputes);
        assertThat(value(summary, "防止民转刑（件）")).isEqualTo((double) expected.criminalPrevented).isPositive();
        assertThat(value(summary, "防止民转刑（人）")).isEqualTo((double) expected.criminalPreventedPeople);
        assertThat(value(summary, "申请司法确认")).isEqualTo((double) expected.confirmationsApplied).isPositive();
        assertThat(value(summary, "司法确认 Judicially")).isEqualTo((double) expected.confirmationsConfirmed);
        assertThat(value(summary, "回访满意度")).isCloseTo(expected.satisfaction(), within(1e-9));
        assertThat(value(summary, "平均受理天数")).isCloseTo(expected.daysToAcceptance(), within(1e-9));
        assertThat(value(summary, "平均办结天数")).isCloseTo(expected.daysToOutcome(), within(1e-9));
        assertThat(((XSSFSheet) summary).getDrawingPatriarch().getCharts()).hasSize(1);

        Sheet byType = workbook.getSheet(StatisticsWorkbook.BY_TYPE);
        Row fishery = rowStarting(byType, "渔业");
        assertThat(fishery.getCell(1).getNumericCellValue()).isEqualTo((double) expected.receivedByType.get("FISHERY"));
        Row total = rowStarting(byType, "合计");
        assertThat(total.getCell(1).getNumericCellValue()).isEqualTo((double) expected.received);
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo((double) expected.concluded);
        assertThat(byType.getRow(1).getCell(0).getCellStyle().getFontIndex()).isNotZero();
        assertThat(byType.getPaneInformation().isFreezePane()).isTrue();
        assertThat(((XSSFSheet) byType).getCTWorksheet().isSetAutoFilter()).isTrue();

        Sheet cases = workbook.getSheet(StatisticsWorkbook.CASE_LIST);
        Row resolvedRow = rowStarting(cases, resolved);
        assertThat(resolvedRow.getCell(6).getStringCellValue()).isEqualTo("RESOLVED");
        assertThat(resolvedRow.getCell(11).getStringCellValue()).isEqualTo("沈**");
        assertThat(cases.getLastRowNum() - 1).isEqualTo((int) expected.received);
    }

    @Test
    void byCentreSheetGroupsSubCentresUnderTheirCountyWithSubtotals() throws Exception {
        workflow.registerFisheryDispute();

        Sheet byCentre = download("nanxun.manager", "").getSheet(StatisticsWorkbook.BY_CENTRE);

        Row subtotal = rowStarting(byCentre, "小计 Subtotal：南浔区社会矛盾纠纷调处化解中心");
        Row fisheryCentre = rowStarting(byCentre, "菱湖渔业纠纷调处化解中心");
        assertThat(fisheryCentre.getRowNum()).isLessThan(subtotal.getRowNum());
        assertThat(subtotal.getCell(1).getNumericCellValue()).isEqualTo((double) expected().received);
    }

    @Test
    void overdueCaseIsListedWithItsHolder() throws Exception {
        String caseNumber = inMediation();
        jdbc.update("UPDATE dispute_case SET mediation_due = ? WHERE case_number = ?",
                BusinessTime.now().minusDays(4), caseNumber);

        Sheet overdue = download("linghu.manager", "").getSheet(StatisticsWorkbook.OVERDUE);

        Row row = rowStarting(overdue, caseNumber);
        assertThat(row.getCell(4).getNumericCellValue()).isGreaterThanOrEqualTo(4);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("调解中");
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

    private String resolvedCase() {
        String caseNumber = inMediation();
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
        return caseNumber;
    }

    /** The figures, from raw rows of the county's centres, counted here in Java. */
    private Expected expected() {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        Expected expected = new Expected();
        jdbc.query("SELECT c.dispute_type_code, c.status, c.registered_at, c.closed_at, c.closure_type,"
                + " c.risk_flags, c.people_involved, c.accepted_at, c.minutes_to_acceptance, c.outcome_at,"
                + " c.minutes_to_outcome"
                + " FROM dispute_case c JOIN centre ce ON ce.code = c.centre_code JOIN region r ON r.code = ce.region_code"
                + " WHERE r.code = '330503' OR r.parent_code = '330503'", rs -> {
            LocalDateTime registered = rs.getObject("registered_at", LocalDateTime.class);
            LocalDateTime closed = rs.getObject("closed_at", LocalDateTime.class);
            String closure = rs.getString("closure_type");
            if (!registered.isBefore(start) && registered.isBefore(end)) {
                expected.received++;
                expected.receivedByType.merge(rs.getString("dispute_type_code"), 1L, Long::sum);
            }
            boolean closedInPeriod = closed != null && !closed.isBefore(start) && closed.isBefore(end);
            if (closedInPeriod && List.of("RESOLVED", "REFERRED", "TERMINATED").contains(closure)) {
                expected.concluded++;
            }
            if (closedInPeriod && "RESOLVED".equals(closure)) {
                expected.resolved++;
            }
            if (!"CLOSED".equals(rs.getString("status")) && registered.isBefore(end)) {
                expected.inProgress++;
            }
            String flags = rs.getString("risk_flags") == null ? "" : rs.getString("risk_flags");
            if (!registered.isBefore(start) && registered.isBefore(end) && flags.contains("GROUP")) {
                expected.groupDisputes++;
            }
            if (closedInPeriod && "RESOLVED".equals(closure) && flags.contains("CRIMINAL_RISK")) {
                expected.criminalPrevented++;
                expected.criminalPreventedPeople += rs.getInt("people_involved");
            }
            LocalDateTime accepted = rs.getObject("accepted_at", LocalDateTime.class);
            if (accepted != null && !accepted.isBefore(start) && accepted.isBefore(end)) {
                expected.acceptanceDays.add(rs.getInt("minutes_to_acceptance") / 1440.0);
            }
            LocalDateTime outcome = rs.getObject("outcome_at", LocalDateTime.class);
            if (outcome != null && !outcome.isBefore(start) && outcome.isBefore(end)) {
                expected.outcomeDays.add(rs.getInt("minutes_to_outcome") / 1440.0);
            }
        });
        jdbc.query("SELECT a.amount, a.recorded_at, a.confirmation_applied_on, a.confirmation_decision,"
                + " a.confirmation_decided_on, a.applicant_satisfaction, a.respondent_satisfaction, a.followed_up_at"
                + " FROM case_agreement a JOIN dispute_case c ON c.id = a.case_id"
                + " JOIN centre ce ON ce.code = c.centre_code JOIN region r ON r.code = ce.region_code"
                + " WHERE r.code = '330503' OR r.parent_code = '330503'", rs -> {
            LocalDateTime recorded = rs.getObject("recorded_at", LocalDateTime.class);
            BigDecimal amount = rs.getBigDecimal("amount");
            boolean recordedInPeriod = !recorded.isBefore(start) && recorded.isBefore(end);
            if (amount != null && recordedInPeriod) {
                expected.agreedAmount = expected.agreedAmount.add(amount);
            }
            boolean applied = rs.getObject("confirmation_applied_on") != null || rs.getString("confirmation_decision") != null;
            if (recordedInPeriod && applied) {
                expected.confirmationsApplied++;
            }
            LocalDate decided = rs.getObject("confirmation_decided_on", LocalDate.class);
            if (decided != null && !decided.isBefore(from) && !decided.isAfter(to)
                    && "CONFIRMED".equals(rs.getString("confirmation_decision"))) {
                expected.confirmationsConfirmed++;
            }
            LocalDateTime followedUp = rs.getObject("followed_up_at", LocalDateTime.class);
            if (followedUp != null && !followedUp.isBefore(start) && followedUp.isBefore(end)) {
                expected.satisfactions.add((rs.getInt("applicant_satisfaction") + rs.getInt("respondent_satisfaction")) / 2.0);
            }
        });
        return expected;
    }

    private XSSFWorkbook download(String user, String query) throws Exception {
        ResponseEntity<byte[]> response = get(user, query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(Downloads.XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(response.getBody()));
    }

    private ResponseEntity<byte[]> get(String user, String query) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/reports/statistics.xlsx" + query, byte[].class);
    }

    private static double value(Sheet sheet, String labelStart) {
        return cell(sheet, labelStart).getNumericCellValue();
    }

    private static Cell cell(Sheet sheet, String labelStart) {
        return rowStarting(sheet, labelStart).getCell(1);
    }

    private static Row rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
    }

    private static final class Expected {
        long received;
        long concluded;
        long resolved;
        long inProgress;
        long groupDisputes;
        long criminalPrevented;
        long criminalPreventedPeople;
        long confirmationsApplied;
        long confirmationsConfirmed;
        BigDecimal agreedAmount = BigDecimal.ZERO;
        Map<String, Long> receivedByType = new HashMap<>();
        List<Double> satisfactions = new ArrayList<>();
        List<Double> acceptanceDays = new ArrayList<>();
        List<Double> outcomeDays = new ArrayList<>();

        double satisfaction() {
            return mean(satisfactions);
        }

        double daysToAcceptance() {
            return mean(acceptanceDays);
        }

        double daysToOutcome() {
            return mean(outcomeDays);
        }

        private static double mean(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }
    }
}
