package org.mediationdesk.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.TestUsers;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty requests acting on one task at the same moment: one wins, every other one is a 409 with a
 * clear message (never a 500), and the case moves once.
 */
@ApplicationTest
class TaskRaceIT {

    private static final int RACERS = 20;
    private static final String MEDIATOR = "linghu.mediator";
    private static final List<String> CONFLICT_MESSAGES = List.of("任务已经完成或已不存在", "任务已被他人认领",
            "请先认领该任务，或该任务已由他人认领", "案件刚被他人同时办理，请刷新后再试");

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
    TestUsers testUsers;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        testUsers = new TestUsers(users, passwordEncoder);
    }

    @AfterEach
    void retireMediators() {
        testUsers.retireMediators(jdbc);
    }

    @Test
    void twentySimultaneousCompletionsOfAClaimedTaskHaveOneSuccessAndOnlyConflicts() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        assertThat(workflow.claim(MEDIATOR, taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var responses = race(i -> ApiClient.as(rest, MEDIATOR).postJson("/api/tasks/" + taskId + "/complete",
                "{\"decision\": \"ACCEPT\"}"));

        assertOneSuccessAndConflicts(responses);
        assertThat(workflow.tasks(caseNumber, "acceptCase")).isEmpty();
        assertThat(workflow.tasks(caseNumber, "mediate")).hasSize(1);
        assertThat(moves(caseNumber, "IN_MEDIATION")).isEqualTo(1);
    }

    @Test
    void twentySimultaneousClaimsHaveOneWinnerAndOnlyConflicts() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        List<String> claimants = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            claimants.add(testUsers.mediator("racer", "NX-LINGHU-FISHERY", List.of()));
        }

        var responses = race(i -> workflow.claim(claimants.get(i), taskId));

        assertOneSuccessAndConflicts(responses);
        assertThat(claimants).contains(workflow.task(caseNumber, "acceptCase").getAssignee());
        assertThat(events(caseNumber, "CLAIMED")).isEqualTo(1);
    }

    @Test
    void twentySimultaneousHandBacksOfATaskHaveOneSuccessAndOnlyConflicts() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        assertThat(workflow.claim(MEDIATOR, taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var responses = race(i -> ApiClient.as(rest, MEDIATOR).postJson("/api/tasks/" + taskId + "/unclaim", ""));

        assertOneSuccessAndConflicts(responses);
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isNull();
        assertThat(events(caseNumber, "UNCLAIMED")).isEqualTo(1);
    }

    /** Starts {@value #RACERS} requests at once; request {@code i} is {@code request.apply(i)}. */
    private List<ResponseEntity<JsonNode>> race(Function<Integer, ResponseEntity<JsonNode>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int racer = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(racer);
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    /** Each response as its status and the problem's detail: "204 " or "409 任务已被他人认领". */
    private static void assertOneSuccessAndConflicts(List<ResponseEntity<JsonNode>> responses) {
        List<String> outcomes = responses.stream().map(response -> response.getStatusCode().value() + " "
                + (response.getBody() == null ? "" : response.getBody().path("detail").asText())).toList();
        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("204")).as("successes in %s", outcomes).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.startsWith("204"))
                .allSatisfy(outcome -> assertThat(outcome).isIn(CONFLICT_MESSAGES.stream().map(m -> "409 " + m).toList()));
    }

    private int events(String caseNumber, String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_event e JOIN dispute_case c ON c.id = e.case_id "
                + "WHERE c.case_number = ? AND e.event_type = ?", Integer.class, caseNumber, type);
    }

    private int moves(String caseNumber, String toStatus) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_event e JOIN dispute_case c ON c.id = e.case_id "
                + "WHERE c.case_number = ? AND e.to_status = ?", Integer.class, caseNumber, toStatus);
    }
}
