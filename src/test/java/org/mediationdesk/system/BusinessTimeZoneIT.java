package org.mediationdesk.system;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.SettableClock;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Business time is Huzhou's (Asia/Shanghai) whatever the JVM's zone: the build runs this test with the JVM in
 * UTC and again in Asia/Shanghai. The instants chosen fall on different days, or different months, in the two.
 */
@ApplicationTest
@Import(BusinessTimeZoneIT.StoppedClock.class)
// This context's clock stands in 2027: its cluster jobs would find other contexts' import jobs stale and take
// them over, and sweep their error workbooks and feed deliveries as expired, on the suite's shared MariaDB.
@TestPropertySource(properties = {"mediationdesk.imports.poll=PT24H", "mediationdesk.imports.error-workbook-sweep=PT24H",
        "mediationdesk.exchange.webhooks.poll=PT24H", "mediationdesk.escalation.sweep=PT24H"})
class BusinessTimeZoneIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String CASE_LIST = "案件清单 Cases";

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {

        @Bean
        @Primary
        SettableClock settableClock(@Qualifier("clock") Clock clock) {
            return new SettableClock(clock.getZone(), clock.instant());
        }
    }

    @Autowired
    SettableClock clock;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void disputeRegisteredAt0658UtcIsStoredAndShownAt1458InHuzhou() throws Exception {
        clock.set(Instant.parse("2027-03-04T06:58:00Z"));

        String caseNumber = workflow.registerFisheryDispute();

        LocalDateTime huzhou = LocalDateTime.parse("2027-03-04T14:58");
        assertThat(jdbc.queryForObject("SELECT registered_at FROM dispute_case WHERE case_number = ?",
                LocalDateTime.class, caseNumber)).isEqualTo(huzhou);
        assertThat(LocalDateTime.parse(workflow.caseAs(MEDIATOR, caseNumber).get("registeredAt").asText()))
                .isEqualTo(huzhou);
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2027-03-04 14:58")));
    }

    @Test
    void acceptanceIsDueAtTheEndOfTheNextWorkingDayInHuzhou() {
        // Thursday 16:30 in UTC is already Friday 00:30 in Huzhou: the next working day is Monday, not Friday
        clock.set(Instant.parse("2027-03-04T16:30:00Z"));

        String caseNumber = workflow.registerFisheryDispute();

        LocalDateTime mondayEvening = LocalDateTime.parse("2027-03-08T23:59:59");
        assertThat(LocalDateTime.parse(workflow.caseAs(MEDIATOR, caseNumber).at("/deadlines/acceptanceDue").asText()))
                .isEqualTo(mondayEvening);
        assertThat(workflow.task(caseNumber, "acceptCase").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2027-03-08T15:59:59Z"));
        JsonNode queue = ApiClient.as(rest, MEDIATOR).get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();
        assertThat(LocalDateTime.parse(queue.at("/items/0/dueAt").asText())).isEqualTo(mondayEvening);
    }

    @Test
    void disputeThatHappenedTodayInHuzhouIsNotInTheFuture() {
        // Friday 00:30 in Huzhou, Thursday in UTC
        clock.set(Instant.parse("2027-03-04T16:30:00Z"));

        var response = ApiClient.as(rest, "clerk").postJson("/api/cases",
                Disputes.fisheryDisputeInLinghu().put("occurredOn", "2027-03-05").toString());

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void reportMonthsBeginAtMidnightInHuzhou() throws Exception {
        clock.set(Instant.parse("2027-01-31T15:30:00Z"));
        String lateJanuary = workflow.registerFisheryDispute();
        // 00:30 on 1 February in Huzhou, still 31 January in UTC
        clock.set(Instant.parse("2027-01-31T16:30:00Z"));
        String earlyFebruary = workflow.registerFisheryDispute();

        List<String> january = casesReported("?from=2027-01-01&to=2027-01-31");
        List<String> thisMonth = casesReported("");

        assertThat(january).contains(lateJanuary).doesNotContain(earlyFebruary);
        assertThat(thisMonth).contains(earlyFebruary).doesNotContain(lateJanuary);
    }

    /** The case numbers of the statistical report's case list. */
    private List<String> casesReported(String query) throws Exception {
        ResponseEntity<byte[]> response = rest.withBasicAuth("linghu.manager", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/reports/statistics.xlsx" + query, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet cases = workbook.getSheet(CASE_LIST);
            List<String> numbers = new ArrayList<>();
            for (Row row : cases) {
                if (row.getCell(0) != null) {
                    numbers.add(row.getCell(0).getStringCellValue());
                }
            }
            return numbers;
        }
    }
}
