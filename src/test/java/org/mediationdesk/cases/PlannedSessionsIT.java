package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions planned ahead (预约调解): planning, what is refused, moving, cancelling and recording one as held. */
@ApplicationTest
class PlannedSessionsIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    String caseNumber;
    LocalDateTime inThreeDays;

    @BeforeEach
    void caseInMediation() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        inThreeDays = BusinessTime.now().plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
    }

    @Test
    void plannedSessionIsListedWithItsEndAndTheHistoryNamesTheInviteesInChinese() {
        var response = plan(MEDIATOR, "{\"startsAt\": \"" + inThreeDays.format(ISO) + "\", \"durationMinutes\": 90,"
                + " \"place\": \"菱湖镇调解室\", \"invitedRoles\": [\"APPLICANT\", \"RESPONDENT\"],"
                + " \"invitedAgencies\": [\"FISHERY_ASSOCIATION\"], \"invitedOthers\": \"陈邑村村委会主任\", \"note\": \"带鱼苗购买凭证\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = plans(MEDIATOR).get(0);
        assertThat(plan.get("id").asLong()).isEqualTo(response.getBody().get("id").asLong());
        assertThat(plan.get("status").asText()).isEqualTo("PLANNED");
        assertThat(plan.get("awaitingRecord").asBoolean()).isFalse();
        assertThat(LocalDateTime.parse(plan.get("endsAt").asText())).isEqualTo(inThreeDays.plusMinutes(90));
        assertThat(plan.get("invitedRoles").toString()).isEqualTo("[\"APPLICANT\",\"RESPONDENT\"]");
        assertThat(plan.get("invitedAgencies").get(0).asText()).isEqualTo("FISHERY_ASSOCIATION");
        assertThat(history("SESSION_PLANNED")).singleElement().satisfies(note -> assertThat(note)
                .contains(inThreeDays.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "—11:00")
                .contains("菱湖镇调解室").contains("邀请：申请人、被申请人、渔业协会、陈邑村村委会主任")
                .doesNotContain("APPLICANT").doesNotContain("FISHERY_ASSOCIATION"));
    }

    @Test
    void sessionStartingInThePastIsRefusedNamingTheStart() {
        var response = plan(MEDIATOR, "{\"startsAt\": \"" + BusinessTime.now().minusHours(1).format(ISO)
                + "\", \"place\": \"调解室\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("startsAt");
        assertThat(plans(MEDIATOR)).isEmpty();
    }

    @Test
    void sessionWithoutStartOrPlaceIsRefusedNamingBoth() {
        var response = plan(MEDIATOR, "{}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("place", "startsAt");
    }

    @Test
    void unknownAgencyAndAPartyTheCaseDoesNotHaveAreRefusedAsInvitees() {
        var response = plan(MEDIATOR, "{\"startsAt\": \"" + inThreeDays.format(ISO) + "\", \"place\": \"调解室\","
                + " \"invitedRoles\": [\"APPLICANT\", \"THIRD_PARTY\"], \"invitedAgencies\": [\"NASA\"]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("invitedRoles[1]", "invitedAgencies[0]");
    }

    @Test
    void endBeforeTheStartIsRefused() {
        var response = plan(MEDIATOR, "{\"startsAt\": \"" + inThreeDays.format(ISO) + "\", \"endsAt\": \""
                + inThreeDays.minusMinutes(30).format(ISO) + "\", \"place\": \"调解室\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("endsAt");
    }

    @Test
    void anotherCentresMediatorMayNotPlanOrSeeThePlans() {
        var response = plan("feiying.mediator", "{\"startsAt\": \"" + inThreeDays.format(ISO) + "\", \"place\": \"调解室\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "feiying.mediator").get(path()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void planningNeedsTheCaseInMediation() {
        String waiting = workflow.registerFisheryDispute();

        var response = ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + waiting + "/planned-sessions",
                "{\"startsAt\": \"" + inThreeDays.format(ISO) + "\", \"place\": \"调解室\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void rescheduledPlanKeepsItsIdAndTheHistorySaysBothTimes() {
        long id = planAt(inThreeDays);
        LocalDateTime later = inThreeDays.plusDays(1).withHour(14).withMinute(0);

        var response = ApiClient.as(rest, MEDIATOR).putJson(path() + "/" + id,
                "{\"startsAt\": \"" + later.format(ISO) + "\", \"place\": \"菱湖渔业中心\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode plan = plans(MEDIATOR).get(0);
        assertThat(LocalDateTime.parse(plan.get("startsAt").asText())).isEqualTo(later);
        assertThat(plan.get("place").asText()).isEqualTo("菱湖渔业中心");
        assertThat(history("SESSION_RESCHEDULED")).singleElement().satisfies(note -> assertThat(note)
                .contains("原定" + inThreeDays.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .contains("改为" + later.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
    }

    @Test
    void cancelledPlanStaysListedAsCancelledWithTheReasonInTheHistory() {
        long id = planAt(inThreeDays);

        var response = post(path() + "/" + id + "/cancel", "{\"reason\": \"被申请人外出，无法到场\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(plans(MEDIATOR).get(0).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(history("SESSION_CANCELLED")).singleElement()
                .satisfies(note -> assertThat(note).contains("调解室").endsWith("被申请人外出，无法到场"));
        assertThat(post(path() + "/" + id + "/cancel", "{\"reason\": \"再次取消\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void cancellingWithoutAReasonIsRefusedNamingTheField() {
        long id = planAt(inThreeDays);

        var response = post(path() + "/" + id + "/cancel", "{}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("reason");
    }

    @Test
    void pastPlanAwaitsItsRecordThenRecordedAsHeldBecomesASessionLinkedToIt() {
        long id = planAt(inThreeDays);
        LocalDateTime yesterday = inThreeDays.minusDays(4);
        jdbc.update("UPDATE case_planned_session SET starts_at = ? WHERE id = ?", yesterday, id);
        assertThat(plans(MEDIATOR).get(0).get("awaitingRecord").asBoolean()).isTrue();

        var response = post(path() + "/" + id + "/held", "{\"heldAt\": \"" + yesterday.format(ISO) + "\","
                + " \"place\": \"调解室\", \"attendees\": \"沈建国、钱小明\", \"summary\": \"双方同意按市场价赔偿\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = plans(MEDIATOR).get(0);
        assertThat(plan.get("status").asText()).isEqualTo("HELD");
        assertThat(plan.get("awaitingRecord").asBoolean()).isFalse();
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("sessions").findValuesAsText("summary"))
                .containsExactly("双方同意按市场价赔偿");
        assertThat(jdbc.queryForObject("SELECT planned_session_id FROM case_session WHERE summary = ? AND case_id ="
                + " (SELECT id FROM dispute_case WHERE case_number = ?)", Long.class, "双方同意按市场价赔偿", caseNumber))
                .isEqualTo(id);
        assertThat(history("SESSION_RECORDED")).singleElement().satisfies(note -> assertThat(note).startsWith("按预约"));
        assertThat(post(path() + "/" + id + "/held", "{\"heldAt\": \"" + yesterday.format(ISO) + "\","
                + " \"place\": \"调解室\", \"attendees\": \"双方\", \"summary\": \"重复\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void unknownPlanIsNotFound() {
        assertThat(post(path() + "/999999999/cancel", "{\"reason\": \"x\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long planAt(LocalDateTime start) {
        var response = plan(MEDIATOR, "{\"startsAt\": \"" + start.format(ISO) + "\", \"place\": \"调解室\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asLong();
    }

    private ResponseEntity<JsonNode> plan(String user, String json) {
        return ApiClient.as(rest, user).postJson(path(), json);
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        return ApiClient.as(rest, MEDIATOR).postJson(path, json);
    }

    private JsonNode plans(String user) {
        var response = ApiClient.as(rest, user).get(path());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<String> history(String type) {
        JsonNode events = workflow.caseAs(MEDIATOR, caseNumber).get("events");
        var notes = new ArrayList<String>();
        events.forEach(event -> {
            if (type.equals(event.get("type").asText())) {
                notes.add(event.get("note").asText());
            }
        });
        return notes;
    }

    private String path() {
        return "/api/cases/" + caseNumber + "/planned-sessions";
    }
}
