package org.mediationdesk.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.TableCounts;
import org.mediationdesk.support.TestUsers;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Task lists and task actions: scoped to the caller's centres and roles, with clear conflicts. */
@ApplicationTest
class TaskApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void centreQueueListsTheCentresUnclaimedTasksWithTheirCases() {
        String caseNumber = workflow.registerFisheryDispute();

        JsonNode page = ApiClient.as(rest, "linghu.mediator").get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();

        JsonNode row = find(page, caseNumber);
        assertThat(row.get("stage").asText()).isEqualTo("acceptCase");
        assertThat(row.at("/centre/code").asText()).isEqualTo("NX-LINGHU-FISHERY");
        assertThat(row.at("/type/name").asText()).isEqualTo("渔业");
        assertThat(row.get("dueAt").isNull()).isFalse();
        assertThat(row.get("overdue").asBoolean()).isFalse();
        assertThat(page.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherCentresQueueDoesNotShowTheTask() {
        String caseNumber = workflow.registerFisheryDispute();

        JsonNode page = ApiClient.as(rest, "feiying.mediator").get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();

        assertThat(page.get("items").findValuesAsText("caseNumber")).doesNotContain(caseNumber);
        assertThat(page.get("total").asLong()).isZero();
    }

    @Test
    void queueFiltersByStageAndRefusesAnUnknownColourNamingIt() {
        String caseNumber = workflow.registerFisheryDispute();
        var mediator = ApiClient.as(rest, "linghu.mediator");

        JsonNode acceptance = mediator.get("/api/tasks?scope=CENTRE&stage=acceptCase&q=" + caseNumber).getBody();
        JsonNode mediation = mediator.get("/api/tasks?scope=CENTRE&stage=mediate&q=" + caseNumber).getBody();
        var badColour = mediator.get("/api/tasks?scope=CENTRE&colour=PURPLE");

        assertThat(acceptance.get("items").findValuesAsText("caseNumber")).containsExactly(caseNumber);
        assertThat(mediation.get("total").asLong()).isZero();
        assertThat(badColour.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badColour.getBody().at("/errors/0/field").asText()).isEqualTo("colour");
    }

    @Test
    void claimedTaskMovesFromTheQueueToMyTasks() {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();

        assertThat(workflow.claim("linghu.mediator", taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var mediator = ApiClient.as(rest, "linghu.mediator");
        assertThat(mediator.get("/api/tasks?scope=MINE&q=" + caseNumber).getBody().get("items").findValuesAsText("id"))
                .contains(taskId);
        assertThat(mediator.get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody().get("items").findValuesAsText("id"))
                .doesNotContain(taskId);
        assertThat(ApiClient.as(rest, "linghu.mediator2").postJson("/api/tasks/" + taskId + "/claim", "")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void handedBackTaskReturnsToTheQueue() {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.claim("linghu.mediator", taskId);

        var response = ApiClient.as(rest, "linghu.mediator").postJson("/api/tasks/" + taskId + "/unclaim", "");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isNull();
    }

    @Test
    void managerReassignsToAMediatorOfTheCentreOnly() {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.claim("linghu.mediator", taskId);

        assertThat(reassign("linghu.manager", taskId, "linghu.mediator2")).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isEqualTo("linghu.mediator2");
        assertThat(reassign("linghu.manager", taskId, "feiying.mediator")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reassign("linghu.manager", taskId, "nobody")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reassign("linghu.mediator", taskId, "linghu.mediator")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isEqualTo("linghu.mediator2");
    }

    @Test
    void whoeverTakesTheMediationTaskHoldsTheCaseAndHandingItBackLeavesTheCaseUnheld() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        String taskId = workflow.task(caseNumber, "mediate").getId();

        assertThat(reassign("linghu.manager", taskId, "linghu.mediator2")).isEqualTo(HttpStatus.NO_CONTENT);
        String afterReassign = mediatorOfCase(caseNumber);
        ApiClient.as(rest, "linghu.mediator2").postJson("/api/tasks/" + taskId + "/unclaim", "");
        String afterHandBack = mediatorOfCase(caseNumber);
        workflow.claim("linghu.mediator", taskId);

        assertThat(afterReassign).isEqualTo("linghu.mediator2");
        assertThat(afterHandBack).isNull();
        assertThat(mediatorOfCase(caseNumber)).isEqualTo("linghu.mediator");
    }

    @Test
    void claimingTheAcceptanceTaskDoesNotMakeTheClaimerTheCasesMediator() {
        String caseNumber = workflow.registerFisheryDispute();

        workflow.claim("linghu.mediator", workflow.task(caseNumber, "acceptCase").getId());

        assertThat(mediatorOfCase(caseNumber)).isNull();
    }

    @Test
    void mediatorOfAnotherCentreIsForbiddenToClaimOrComplete() {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();

        assertThat(workflow.claim("feiying.mediator", taskId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workflow.complete("feiying.mediator", taskId, "{\"decision\": \"ACCEPT\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isNull();
    }

    @Test
    void intakeClerkCannotWorkOnTasks() {
        String caseNumber = workflow.registerFisheryDispute();

        var response = workflow.claim("clerk", workflow.task(caseNumber, "acceptCase").getId());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void completingATaskYouDoNotHoldIsAConflict() {
        String caseNumber = workflow.registerFisheryDispute();

        var response = workflow.complete("linghu.mediator", workflow.task(caseNumber, "acceptCase").getId(),
                "{\"decision\": \"ACCEPT\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("detail").asText()).contains("认领");
    }

    @Test
    void completingATaskAlreadyDoneIsAConflict() {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        var again = workflow.complete("linghu.mediator", taskId, "{\"decision\": \"ACCEPT\"}");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void unknownTaskIsNotFound() {
        assertThat(workflow.claim("linghu.mediator", "no-such-task").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void invalidStageDataIsRefusedNamingTheFieldsAndChangesNothing() {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.claim("linghu.mediator", taskId);
        var before = TableCounts.of(jdbc);

        var missing = workflow.complete("linghu.mediator", taskId, "{\"decision\": \"DECLINE\"}");
        var wrongValue = workflow.complete("linghu.mediator", taskId, "{\"decision\": \"MAYBE\"}");
        var empty = workflow.complete("linghu.mediator", taskId, "{}");
        var tooLongAndMissing = workflow.complete("linghu.mediator", taskId,
                "{\"decision\": \"DECLINE\", \"reason\": \"" + "长".repeat(501) + "\"}");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("reason", "declineGround", "directedTo");
        assertThat(wrongValue.getBody().get("errors").findValuesAsText("field")).containsExactly("decision");
        assertThat(empty.getBody().get("errors").findValuesAsText("field")).containsExactly("decision");
        assertThat(tooLongAndMissing.getBody().get("errors").findValuesAsText("field"))
                .as("the field rule and the stage's own checks answer in one round")
                .containsExactlyInAnyOrder("reason", "declineGround", "directedTo");
        assertThat(tooLongAndMissing.getBody().get("errors").findValuesAsText("message")).contains("不能超过 500 个字");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
        assertThat(workflow.tasks(caseNumber, "acceptCase")).hasSize(1);
    }

    @Test
    void badPagingIsRefusedNamingTheParameter() {
        var response = ApiClient.as(rest, "linghu.mediator").get("/api/tasks?scope=CENTRE&size=1000");
        var badScope = ApiClient.as(rest, "linghu.mediator").get("/api/tasks?scope=EVERYTHING");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("size");
        assertThat(badScope.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badScope.getBody().at("/errors/0/field").asText()).isEqualTo("scope");
    }

    @Test
    void queueIsPagedAndSortedByDueDate() {
        workflow.registerFisheryDispute();
        workflow.registerFisheryDispute();
        workflow.registerFisheryDispute();
        var mediator = ApiClient.as(rest, "linghu.mediator");

        JsonNode first = mediator.get("/api/tasks?scope=CENTRE&size=2&page=0").getBody();
        JsonNode second = mediator.get("/api/tasks?scope=CENTRE&size=2&page=1").getBody();
        JsonNode latestFirst = mediator.get("/api/tasks?scope=CENTRE&size=2&sort=DUE_DESC").getBody();

        assertThat(first.get("items")).hasSize(2);
        List<String> dues = first.get("items").findValuesAsText("dueAt");
        assertThat(dues.get(0)).isLessThanOrEqualTo(dues.get(1));
        assertThat(second.get("items").get(0).get("dueAt").asText()).isGreaterThanOrEqualTo(dues.get(1));
        assertThat(latestFirst.get("items").get(0).get("dueAt").asText())
                .isGreaterThanOrEqualTo(latestFirst.get("items").get(1).get("dueAt").asText());
    }

    @Test
    void fiftyConcurrentClaimsHaveOneWinnerAndFortyNineClearConflicts() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        TestUsers testUsers = new TestUsers(users, passwordEncoder);
        List<String> claimants = mediatorsOfFisheryCentre(testUsers, 50);
        ExecutorService pool = Executors.newFixedThreadPool(claimants.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
        for (String user : claimants) {
            Callable<ResponseEntity<JsonNode>> claim = () -> {
                start.await();
                return ApiClient.as(rest, user).postJson("/api/tasks/" + taskId + "/claim", "");
            };
            futures.add(pool.submit(claim));
        }
        start.countDown();
        List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();
        testUsers.retireMediators(jdbc);

        List<HttpStatusCode> statuses = responses.stream().map(ResponseEntity::getStatusCode).toList();
        assertThat(statuses.stream().filter(HttpStatus.NO_CONTENT::equals).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(HttpStatus.CONFLICT::equals).count()).isEqualTo(49);
        assertThat(responses).filteredOn(response -> response.getStatusCode().equals(HttpStatus.CONFLICT))
                .allSatisfy(conflict -> assertThat(conflict.getBody().get("detail").asText()).isEqualTo("任务已被他人认领"));
        assertThat(claimants).contains(workflow.task(caseNumber, "acceptCase").getAssignee());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event e JOIN dispute_case c ON c.id = e.case_id "
                + "WHERE c.case_number = ? AND e.event_type = 'CLAIMED'", Integer.class, caseNumber)).isEqualTo(1);
    }

    private static List<String> mediatorsOfFisheryCentre(TestUsers testUsers, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(testUsers.mediator("claimant", "NX-LINGHU-FISHERY", List.of()));
        }
        return names;
    }

    private HttpStatusCode reassign(String manager, String taskId, String assignee) {
        var body = new HttpEntity<>("{\"assignee\": \"" + assignee + "\"}", jsonHeaders());
        return rest.withBasicAuth(manager, ApiClient.DEMO_PASSWORD)
                .exchange("/api/tasks/" + taskId + "/assignee", HttpMethod.PUT, body, String.class).getStatusCode();
    }

    private static HttpHeaders jsonHeaders() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private String mediatorOfCase(String caseNumber) {
        return jdbc.queryForObject("SELECT mediator FROM dispute_case WHERE case_number = ?", String.class, caseNumber);
    }

    private static JsonNode find(JsonNode page, String caseNumber) {
        for (JsonNode item : page.get("items")) {
            if (caseNumber.equals(item.get("caseNumber").asText())) {
                return item;
            }
        }
        throw new AssertionError(caseNumber + " is not in the list");
    }
}
