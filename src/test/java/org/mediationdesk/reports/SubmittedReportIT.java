package org.mediationdesk.reports;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.reports.WorkbookCells.number;
import static org.mediationdesk.reports.WorkbookCells.rowStarting;

/**
 * Submitted copies: kept byte for byte with their SHA-256 and returned for the period until a fresh
 * report is asked for, and rolled up into the county's report. The period is today alone, which no
 * other test reports on, so a copy submitted here changes no other test's download.
 */
@ApplicationTest
class SubmittedReportIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    ReportPeriod today;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        today = new ReportPeriod(BusinessTime.today(), BusinessTime.today());
    }

    @Test
    void submittedCopyStaysUnchangedAfterALaterCaseUntilAFreshReportIsAsked() throws Exception {
        workflow.registerFisheryDispute();
        Map<ReportPeriod, ExpectedFigures> atSubmission = new HashMap<>();
        for (ReportPeriod period : List.of(today, today.yearToDate(), today.sameLastYear(), today.previous())) {
            atSubmission.put(period, linghu(period));
        }

        var submitted = submit("linghu.manager");
        byte[] copy = download("linghu.manager", "").getBody();
        workflow.registerFisheryDispute();
        ResponseEntity<byte[]> later = download("linghu.manager", "");
        byte[] fresh = download("linghu.manager", "&fresh=true").getBody();

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().get("submittedByName").asText()).isEqualTo("姚国平（菱湖渔业中心主任）");
        assertThat(submitted.getBody().get("sha256").asText()).isEqualTo(sha256(copy));
        assertThat(later.getBody()).isEqualTo(copy);
        assertThat(later.getHeaders().getFirst("X-Report-SHA256")).isEqualTo(sha256(copy));
        assertThat(jdbc.queryForObject("SELECT sha256 FROM report_submission WHERE id = ?", String.class,
                submitted.getBody().get("id").asLong())).isEqualTo(sha256(copy));
        Sheet summary = WorkbookCells.read(copy).getSheet(StatisticsWorkbook.SUMMARY);
        WorkbookCells.assertSummary(summary, atSubmission::get, today);
        assertThat(rowStarting(summary, "填报人").getCell(1).getStringCellValue()).isEqualTo("姚国平（菱湖渔业中心主任）");
        Sheet freshSummary = WorkbookCells.read(fresh).getSheet(StatisticsWorkbook.SUMMARY);
        assertThat(number(rowStarting(freshSummary, "受理纠纷"), 1)).isEqualTo(atSubmission.get(today).received + 1.0);
        WorkbookCells.assertSummary(freshSummary, this::linghu, today);
    }

    @Test
    void countyReportTakesASubCentresFiguresFromItsSubmittedCopy() {
        workflow.registerFisheryDispute();
        long receivedAtSubmission = linghu().received;
        submit("linghu.manager");
        workflow.registerFisheryDispute();

        Sheet byCentre = WorkbookCells.read(download("nanxun.manager", "&fresh=true").getBody())
                .getSheet(StatisticsWorkbook.BY_CENTRE);

        Row linghu = rowStarting(byCentre, "菱湖渔业纠纷调处化解中心");
        assertThat(number(linghu, 1)).isEqualTo((double) receivedAtSubmission).isLessThan(linghu().received);
        assertThat(linghu.getCell(5).getStringCellValue()).startsWith("已报送").contains("姚国平");
        Row county = rowStarting(byCentre, "南浔区社会矛盾纠纷调处化解中心");
        assertThat(county.getCell(5).getStringCellValue()).startsWith("实时数据");
    }

    @Test
    void onlyACentresManagerSubmitsItsReport() {
        assertThat(submit("admin").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submit("linghu.mediator").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ExpectedFigures linghu() {
        return linghu(today);
    }

    private ExpectedFigures linghu(ReportPeriod period) {
        return ExpectedFigures.of(jdbc, ExpectedFigures.LINGHU, period.from(), period.to(), BusinessTime.now());
    }

    private ResponseEntity<JsonNode> submit(String user) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/reports/submissions?from=" + today.from()
                + "&to=" + today.to(), null, JsonNode.class);
    }

    private ResponseEntity<byte[]> download(String user, String extra) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(user, "demo").getForEntity(
                "/api/reports/statistics.xlsx?from=" + today.from() + "&to=" + today.to() + extra, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
