package org.mediationdesk.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The time limits the rules set, stored with the dates they give and shown on the case. */
@ApplicationTest
class TimeLimitsIT {

    private static final String MEDIATOR = "linghu.mediator";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void criticalDisputeMustBeAcceptedByTheEndOfTheDayItWasRegisteredWhateverTheWeekday() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        body.putArray("riskIndicators").add("WEAPONS");

        String caseNumber = register(body);

        LocalDate today = LocalDate.now(clock);
        assertThat(stored(caseNumber, "acceptance_due")).isEqualTo(today.atTime(23, 59, 59));
        assertThat(jdbc.queryForObject("SELECT acceptance_limit FROM dispute_case WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("0D");
        JsonNode view = workflow.caseAs("nanxun.manager", caseNumber);
        JsonNode deadlines = view.get("deadlines");
        assertThat(deadlines.get("acceptanceLimit").asText()).isEqualTo("0D");
        JsonNode decision = view.get("decisions").get(3);
        assertThat(decision.get("kind").asText()).isEqualTo("DEADLINES");
        assertThat(decision.get("explanation").asText()).startsWith("时限：受理当日；调结1个月，至多10个工作日：规则「");
        assertThat(deadlines.get("mediationLimit").asText()).isEqualTo("1M;10WD");
        assertThat(deadlines.get("limitsExplained").asText()).isEqualTo("受理当日；调结1个月，至多10个工作日");
    }

    @Test
    void courtReferralIsConcludedWithinTheCourtsCalendarDaysFromTheDayItsFileWasSignedFor() {
        LocalDate signedFor = LocalDate.now(clock).minusDays(3);
        ObjectNode body = Disputes.fisheryDisputeInLinghu().put("source", "COURT_REFERRAL")
                .put("courtStage", "POST_FILING_SIMPLE").put("courtFileReceivedOn", signedFor.toString());

        String caseNumber = register(body);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        LocalDateTime courtEnds = calendar.periodEnd(signedFor.atStartOfDay(), Period.ofDays(7));
        assertThat(stored(caseNumber, "mediation_due")).isEqualTo(courtEnds);
        JsonNode deadlines = workflow.caseAs(MEDIATOR, caseNumber).get("deadlines");
        assertThat(deadlines.get("courtLimit").asText()).isEqualTo("7D");
        assertThat(deadlines.get("courtFileReceivedOn").asText()).isEqualTo(signedFor.toString());
        assertThat(deadlines.get("limitsExplained").asText()).endsWith("法院期限7日（" + signedFor + "签收法院移交材料，次日起算）");
        assertThat(ApiClient.as(rest, MEDIATOR).get("/api/cases/" + caseNumber, "en").getBody()
                .at("/deadlines/limitsExplained").asText())
                .isEqualTo("acceptance within 1 working days; mediation within 1 months; court's limit 7 calendar days"
                        + " (its file signed for on " + signedFor + ", counted from the next day)");
    }

    @Test
    void ordinaryDisputeIsMediatedWithinAMonthOfAcceptance() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        LocalDateTime accepted = stored(caseNumber, "accepted_at");
        assertThat(stored(caseNumber, "mediation_due")).isEqualTo(calendar.periodEnd(accepted, Period.ofMonths(1)));
    }

    @Test
    void signingDateForACourtsFileIsRefusedOnOtherDisputesAndBeforeTheDisputeOccurred() {
        ObjectNode walkIn = Disputes.fisheryDisputeInLinghu().put("courtFileReceivedOn", "2026-11-02");
        ObjectNode tooEarly = Disputes.fisheryDisputeInLinghu().put("source", "COURT_REFERRAL")
                .put("courtFileReceivedOn", "2026-10-31");

        var walkInResponse = ApiClient.as(rest, "clerk").postJson("/api/cases", walkIn.toString());
        var tooEarlyResponse = ApiClient.as(rest, "clerk").postJson("/api/cases", tooEarly.toString());

        assertThat(walkInResponse.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(walkInResponse.getBody().at("/errors/0/field").asText()).isEqualTo("courtFileReceivedOn");
        assertThat(walkInResponse.getBody().at("/errors/0/message").asText()).contains("法院委派");
        assertThat(tooEarlyResponse.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooEarlyResponse.getBody().at("/errors/0/message").asText()).isEqualTo("签收法院移交材料日期不能早于纠纷发生日期");
    }

    private String register(ObjectNode body) {
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private LocalDateTime stored(String caseNumber, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM dispute_case WHERE case_number = ?", LocalDateTime.class,
                caseNumber);
    }
}
