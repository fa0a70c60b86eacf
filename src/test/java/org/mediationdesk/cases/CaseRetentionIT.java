package org.mediationdesk.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reports.ReportPeriod;
import org.mediationdesk.reports.StatisticsReport;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.SettableClock;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closed cases' personal data is de-identified once their retention (10 years after closure) has passed,
 * and only theirs; the statistical report of their period reads the same before and after.
 */
@ApplicationTest
class CaseRetentionIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String DECLINE = "{\"decision\": \"DECLINE\", \"reason\": \"已起诉\","
            + " \"declineGround\": \"BEFORE_COURT\", \"directedTo\": \"南浔区人民法院\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    CaseRetention retention;
    @Autowired
    StatisticsReport statistics;
    @Autowired
    UserDetailsService users;

    Workflow workflow;
    SettableClock clock;
    LocalDateTime now;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        clock = new SettableClock(BusinessTime.ZONE, Instant.now());
        now = LocalDateTime.now(clock);
    }

    @Test
    void onlyClosedCasesPastTheirRetentionAreDeidentifiedAndTheReportReadsTheSame() throws IOException {
        LocalDateTime registered = now.minusYears(10).minusMonths(2);
        String past = closedCase("甲", registered, now.minusYears(10).minusDays(1));
        String within = closedCase("乙", registered, now.minusYears(10).plusDays(1));
        String open = register("丙");
        ReportPeriod month = new ReportPeriod(registered.toLocalDate().withDayOfMonth(1),
                registered.toLocalDate().withDayOfMonth(registered.toLocalDate().lengthOfMonth()));
        Map<String, String> reportBefore = report(month);
        assertThat(reportBefore).as("the case list").containsValues(past, within);

        int done = retention.sweepAt(LocalDateTime.now(clock));

        assertThat(done).isOne();
        assertThat(parties(past)).containsExactly(
                List.of("APPLICANT", "申请人1", "null", "null"), List.of("RESPONDENT", "被申请人1", "null", "null"));
        assertThat(description(past)).isEqualTo("申请人1（电话[已删除]）与被申请人1鱼塘排水纠纷甲")
                .doesNotContain("沈建国", "13857201234");
        assertThat(parties(within).get(0)).containsExactly("APPLICANT", "沈建国", "330503197203150012", "13857201234");
        assertThat(parties(open).get(0)).containsExactly("APPLICANT", "沈建国", "330503197203150012", "13857201234");
        assertThat(report(month)).isEqualTo(reportBefore);
        assertThat(jdbc.queryForList("SELECT e.actor FROM case_event e JOIN dispute_case c ON c.id = e.case_id"
                + " WHERE c.case_number = ? AND e.event_type = 'DEIDENTIFIED'", String.class, past)).containsExactly("system");
        assertThat(jdbc.queryForList("SELECT username FROM access_record WHERE case_number = ? AND action = 'DEIDENTIFIED'",
                String.class, past)).containsExactly("system");
        assertThat(ApiClient.as(rest, MEDIATOR).get("/api/cases/" + past).getBody().at("/events").toString())
                .contains("保存期限（P10Y）届满");
        assertThat(retention.sweepAt(LocalDateTime.now(clock))).as("a second sweep").isZero();
    }

    @Test
    void caseSearchFindsADeidentifiedCaseByItsLabelsNoLongerByThePartysName() {
        String past = closedCase("丁", now.minusMinutes(1), now.minusYears(10).minusDays(2));

        retention.sweepAt(LocalDateTime.now(clock));

        assertThat(ApiClient.as(rest, MEDIATOR).get("/api/cases?party=申请人1&number=" + past).getBody()
                .at("/items").toString()).contains(past);
        assertThat(ApiClient.as(rest, MEDIATOR).get("/api/cases?party=沈建国&number=" + past).getBody()
                .at("/items").toString()).isEqualTo("[]");
    }

    /** A case registered at {@code registered} and closed at {@code closed} (declined, then moved back in time). */
    private String closedCase(String marker, LocalDateTime registered, LocalDateTime closed) {
        String caseNumber = register(marker);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", DECLINE);
        assertThat(jdbc.update("UPDATE dispute_case SET registered_at = ?, closed_at = ? WHERE case_number = ? AND status = 'CLOSED'",
                registered, closed, caseNumber)).isOne();
        return caseNumber;
    }

    private String register(String marker) {
        var body = Disputes.fisheryDisputeInLinghu().put("description", "沈建国（电话13857201234）与钱小明鱼塘排水纠纷" + marker);
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private List<List<String>> parties(String caseNumber) {
        return jdbc.query("SELECT p.role, p.name, p.id_number, p.phone FROM case_party p JOIN dispute_case c ON c.id = p.case_id"
                        + " WHERE c.case_number = ? ORDER BY p.seq",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(cipher.open(rs.getString(3))),
                        String.valueOf(cipher.open(rs.getString(4)))), caseNumber);
    }

    private String description(String caseNumber) {
        return jdbc.queryForObject("SELECT description FROM dispute_case WHERE case_number = ?", String.class, caseNumber);
    }

    /**
     * Every cell of the fishery centre's report for the period, but the case list's party columns (names
     * shortened, ID numbers and phones masked), which de-identification changes by design.
     */
    private Map<String, String> report(ReportPeriod period) throws IOException {
        AppUser manager = (AppUser) users.loadUserByUsername("linghu.manager");
        var out = new ByteArrayOutputStream();
        statistics.write(statistics.scopeOf(manager, null), period, manager, out);
        Map<String, String> cells = new LinkedHashMap<>();
        var formatter = new DataFormatter();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : book) {
                boolean caseList = sheet.getSheetName().startsWith("案件清单");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!(caseList && cell.getColumnIndex() >= 11)) {
                            cells.put(sheet.getSheetName() + "!" + cell.getAddress(), formatter.formatCellValue(cell));
                        }
                    }
                }
            }
        }
        return cells;
    }
}
