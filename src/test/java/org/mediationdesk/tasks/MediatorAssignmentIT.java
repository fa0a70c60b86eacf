package org.mediationdesk.tasks;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.TestUsers;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignment rules at work: on acceptance, and when a mediator goes on leave. */
@ApplicationTest
class MediatorAssignmentIT {

    private static final String CENTRE = "NX-LINGHU-FISHERY";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    TestUsers testUsers;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        testUsers = new TestUsers(users, passwordEncoder);
    }

    @AfterEach
    void retireTestMediators() {
        testUsers.retireMediators(jdbc);
    }

    @Test
    void mediatorThePartiesChoseIsAssignedOnAcceptanceAndTheCaseSaysWhy() {
        String chosen = testUsers.mediator("chosen", CENTRE, List.of("FISHERY"));

        String caseNumber = acceptedDisputeChoosing(chosen);

        assertThat(workflow.task(caseNumber, "mediate").getAssignee()).isEqualTo(chosen);
        JsonNode view = workflow.caseAs("linghu.manager", caseNumber);
        JsonNode assignment = decision(view, "ASSIGNMENT");
        assertThat(assignment.get("outcome").asText()).isEqualTo(chosen);
        assertThat(assignment.get("rules").toString()).contains("当事人共同选定的调解员符合条件的由其调解");
        assertThat(view.get("events").findValuesAsText("note")).contains("分派给" + chosen);
    }

    @Test
    void chosenMediatorWithoutTheSpecialtyIsPassedOverWithTheReasonRecorded() {
        String chosen = testUsers.mediator("generalist", CENTRE, List.of("CONTRACT"));

        String caseNumber = acceptedDisputeChoosing(chosen);

        assertThat(workflow.task(caseNumber, "mediate").getAssignee()).isNotEqualTo(chosen);
        JsonNode assignment = decision(workflow.caseAs("linghu.manager", caseNumber), "ASSIGNMENT");
        assertThat(assignment.get("rules").toString()).contains("无该类纠纷专长的调解员不予分派");
    }

    @Test
    void chosenMediatorWhoDeclaredAConflictWithAPartyStepsAside() {
        String chosen = testUsers.mediator("related", CENTRE, List.of("FISHERY"));
        var declared = ApiClient.as(rest, "linghu.manager").postJson("/api/mediators/" + chosen + "/conflicts",
                "{\"partyName\": \"沈建国\", \"partyIdNumber\": \"330503197203150012\", \"relation\": \"RELATIVE\"}");

        String caseNumber = acceptedDisputeChoosing(chosen);

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(workflow.task(caseNumber, "mediate").getAssignee()).isNotEqualTo(chosen);
        assertThat(decision(workflow.caseAs("linghu.manager", caseNumber), "ASSIGNMENT").get("rules").toString())
                .contains("与当事人有利害关系的调解员应当回避");
    }

    @Test
    void unknownChosenMediatorIsRefusedAtIntake() {
        var body = Disputes.fisheryDisputeInLinghu().put("chosenMediator", "nobody");

        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("chosenMediator");
    }

    @Test
    void mediatorGoingOnLeaveHandsOpenCasesToTheStandIn() {
        String absent = testUsers.mediator("absent", CENTRE, List.of("FISHERY"));
        String standIn = testUsers.mediator("standin", CENTRE, List.of("FISHERY"));
        String caseNumber = acceptedDisputeChoosing(absent);

        var response = ApiClient.as(rest, "linghu.manager").postJson("/api/mediators/" + absent + "/leave",
                "{\"startsOn\": \"" + BusinessTime.today() + "\", \"endsOn\": \"" + BusinessTime.today().plusDays(5)
                        + "\", \"standIn\": \"" + standIn + "\", \"reason\": \"病假\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("tasksMoved").asInt()).isEqualTo(1);
        assertThat(workflow.task(caseNumber, "mediate").getAssignee()).isEqualTo(standIn);
        assertThat(workflow.caseAs("linghu.manager", caseNumber).get("events").findValuesAsText("note"))
                .contains(absent + "休假，由" + standIn + "接办");
    }

    @Test
    void leaveCanOnlyBeRecordedByTheCentresManagers() {
        String mediator = testUsers.mediator("someone", CENTRE, List.of("FISHERY"));
        String leave = "{\"startsOn\": \"" + BusinessTime.today() + "\", \"endsOn\": \"" + BusinessTime.today()
                + "\", \"reason\": \"事假\"}";

        assertThat(ApiClient.as(rest, "feiying.mediator").postJson("/api/mediators/" + mediator + "/leave", leave)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "linghu.manager").postJson("/api/mediators/nobody/leave", leave)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var backwards = ApiClient.as(rest, "linghu.manager").postJson("/api/mediators/" + mediator + "/leave",
                "{\"startsOn\": \"" + BusinessTime.today() + "\", \"endsOn\": \"" + BusinessTime.today().minusDays(1)
                        + "\", \"reason\": \"事假\"}");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().at("/errors/0/field").asText()).isEqualTo("endsOn");
    }

    @Test
    void mediatorBackEarlyFromLeaveIsAssignedAgainAndTheLeaveRecordsWhoEndedIt() {
        String mediator = testUsers.mediator("back", CENTRE, List.of("FISHERY"));
        var manager = ApiClient.as(rest, "linghu.manager");
        manager.postJson("/api/mediators/" + mediator + "/leave", "{\"startsOn\": \"" + BusinessTime.today()
                + "\", \"endsOn\": \"" + BusinessTime.today().plusDays(10) + "\", \"reason\": \"病假\"}");
        long leaveId = jdbc.queryForObject("SELECT l.id FROM mediator_leave l JOIN app_user u ON u.id = l.user_id"
                + " WHERE u.username = ?", Long.class, mediator);

        var ended = manager.delete("/api/mediators/" + mediator + "/leave/" + leaveId);
        var again = manager.delete("/api/mediators/" + mediator + "/leave/" + leaveId);
        String caseNumber = acceptedDisputeChoosing(mediator);

        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(workflow.task(caseNumber, "mediate").getAssignee()).isEqualTo(mediator);
        assertThat(jdbc.queryForObject("SELECT ended_by FROM mediator_leave WHERE id = ?", String.class, leaveId))
                .isEqualTo("linghu.manager");
        assertThat(jdbc.queryForObject("SELECT ends_on FROM mediator_leave WHERE id = ?", LocalDate.class, leaveId))
                .isEqualTo(BusinessTime.today().minusDays(1));
    }

    @Test
    void onlyTheCentresManagersEndLeave() {
        String mediator = testUsers.mediator("away", CENTRE, List.of("FISHERY"));
        ApiClient.as(rest, "linghu.manager").postJson("/api/mediators/" + mediator + "/leave", "{\"startsOn\": \""
                + BusinessTime.today().plusDays(3) + "\", \"endsOn\": \"" + BusinessTime.today().plusDays(4) + "\", \"reason\": \"事假\"}");
        long leaveId = jdbc.queryForObject("SELECT l.id FROM mediator_leave l JOIN app_user u ON u.id = l.user_id"
                + " WHERE u.username = ?", Long.class, mediator);

        assertThat(ApiClient.as(rest, "feiying.mediator").delete("/api/mediators/" + mediator + "/leave/" + leaveId)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "linghu.mediator").delete("/api/mediators/" + mediator + "/leave/" + leaveId)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT ended_by FROM mediator_leave WHERE id = ?", String.class, leaveId))
                .isNull();
    }

    private String acceptedDisputeChoosing(String mediator) {
        var body = Disputes.fisheryDisputeInLinghu().put("chosenMediator", mediator);
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody()
                .get("caseNumber").asText();
        workflow.work("linghu.manager", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }

    private static JsonNode decision(JsonNode view, String kind) {
        for (JsonNode decision : view.get("decisions")) {
            if (kind.equals(decision.get("kind").asText())) {
                return decision;
            }
        }
        throw new AssertionError("no " + kind + " decision");
    }
}
