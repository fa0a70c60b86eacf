package org.mediationdesk.cases;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Warning colours and escalation on real cases; each action happens once even with sweeps racing. */
@ApplicationTest
class EscalationIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseEscalation escalation;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void freshCaseIsGreen() {
        String caseNumber = workflow.registerFisheryDispute();

        assertThat(workflow.caseAs("linghu.manager", caseNumber).at("/deadlines/warning").asText()).isEqualTo("GREEN");
    }

    @Test
    void caseSeventyPercentThroughIsYellowAndItsMediatorRemindedOnce() {
        String caseNumber = workflow.registerFisheryDispute();
        clockRunsFor(caseNumber, -80, 20);

        escalation.sweepOnce();
        escalation.sweepOnce();

        JsonNode view = workflow.caseAs("linghu.manager", caseNumber);
        assertThat(view.at("/deadlines/warning").asText()).isEqualTo("YELLOW");
        assertThat(escalations(caseNumber)).containsExactly("REMIND_MEDIATOR");
        assertThat(view.get("events").findValuesAsText("type").stream().filter("DEADLINE_WARNED"::equals)).hasSize(1);
    }

    @Test
    void sweepReadingEarlierEscalationsInOneQueryRemindsTheCaseNotRemindedYetAndNotTheOtherAgain() {
        String remindedBefore = workflow.registerFisheryDispute();
        String notRemindedYet = workflow.registerFisheryDispute();
        clockRunsFor(remindedBefore, -80, 20);
        escalation.sweepOnce();
        clockRunsFor(notRemindedYet, -80, 20);

        escalation.sweepOnce();

        assertThat(escalations(notRemindedYet)).containsExactly("REMIND_MEDIATOR");
        assertThat(escalations(remindedBefore)).containsExactly("REMIND_MEDIATOR");
        assertThat(workflow.caseAs("linghu.manager", remindedBefore).get("events").findValuesAsText("type").stream()
                .filter("DEADLINE_WARNED"::equals)).hasSize(1);
        assertThat(workflow.caseAs("linghu.manager", notRemindedYet).at("/deadlines/warning").asText()).isEqualTo("YELLOW");
    }

    @Test
    void subCentreCaseLongOverdueGoesUpToTheCountyManagersOnceWithTwoSweepsRacing() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();
        clockRunsFor(caseNumber, -60 * 24 * 14, -60 * 24 * 8);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sweeps.add(pool.submit(() -> {
                start.await();
                return escalation.sweepOnce();
            }));
        }
        start.countDown();
        for (Future<Integer> sweep : sweeps) {
            sweep.get();
        }
        pool.shutdown();

        assertThat(escalations(caseNumber)).containsExactlyInAnyOrder("REMIND_MEDIATOR", "ESCALATE_TO_COUNTY");
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "superviseCase")))
                .containsExactly("managers:NX-COUNTY");
        assertThat(workflow.caseAs("nanxun.manager", caseNumber).at("/deadlines/warning").asText()).isEqualTo("RED");
        workflow.work("nanxun.manager", caseNumber, "superviseCase", "{\"instruction\": \"三日内办结\"}");
        assertThat(workflow.tasks(caseNumber, "acceptCase")).hasSize(1);
    }

    @Test
    void criticalDisputeIsReportedToTheCountyAtRegistration() {
        var body = Disputes.fisheryDisputeInLinghu();
        body.putArray("riskIndicators").add("WEAPONS");

        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody()
                .get("caseNumber").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(escalations(caseNumber)).containsExactly("ALERT_COUNTY_AND_POLICE"));
        assertThat(workflow.tasks(caseNumber, "superviseCase")).hasSize(1);
        JsonNode view = workflow.caseAs("nanxun.manager", caseNumber);
        assertThat(view.at("/centre/code").asText()).isEqualTo("NX-COUNTY");
        assertThat(view.get("events").findValuesAsText("note")).contains("重大风险或群体性纠纷：已报告县级中心，并通知南浔区社会矛盾纠纷调处化解中心的公安确认知悉");
    }

    /** Moves the running clock so it started and falls due the given minutes from now (negative: in the past). */
    private void clockRunsFor(String caseNumber, int startedMinutesFromNow, int dueMinutesFromNow) {
        LocalDateTime now = BusinessTime.now();
        jdbc.update("UPDATE dispute_case SET clock_started_at = ?, acceptance_due = ? WHERE case_number = ?",
                now.plusMinutes(startedMinutesFromNow), now.plusMinutes(dueMinutesFromNow), caseNumber);
    }

    private List<String> escalations(String caseNumber) {
        return jdbc.queryForList("SELECT e.action FROM case_escalation e JOIN dispute_case c ON c.id = e.case_id "
                + "WHERE c.case_number = ?", String.class, caseNumber);
    }
}
