package org.mediationdesk.cases;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
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

/** Paused clocks and the one extension: the deadline, its timer and the task move together. */
@ApplicationTest
class PausedClockIT {

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
    CaseEscalation escalation;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void pausedWorkingDaysAreAddedToTheDeadlineOnResumption() {
        String caseNumber = inMediation();
        LocalDateTime dueBefore = mediationDue(caseNumber);
        assertThat(post(caseNumber, "pause", "{\"reason\": \"EXPERT_APPRAISAL\", \"note\": \"等待鱼苗死亡原因鉴定\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        LocalDateTime pausedSince = BusinessTime.now().minusDays(7);
        jdbc.update("UPDATE dispute_case SET paused_since = ? WHERE case_number = ?", pausedSince, caseNumber);
        assertThat(timerSuspended(caseNumber)).isTrue();

        assertThat(post(caseNumber, "resume", "").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        int paused = calendar.workingDaysBetween(pausedSince.toLocalDate(), BusinessTime.today());
        LocalDateTime expected = calendar.deadline(dueBefore, paused);
        assertThat(mediationDue(caseNumber)).isEqualTo(expected);
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(view.at("/deadlines/pausedWorkingDays").asInt()).isEqualTo(paused);
        assertThat(view.at("/deadlines/pausedSince").isMissingNode()).isTrue();
        assertThat(timerSuspended(caseNumber)).isFalse();
        assertThat(workflow.task(caseNumber, "mediate").getDueDate().toInstant())
                .isEqualTo(expected.atZone(BusinessTime.ZONE).toInstant());
    }

    @Test
    void pausedCaseHasNoColourAndIsNeverEscalated() {
        String caseNumber = inMediation();
        post(caseNumber, "pause", "{\"reason\": \"PARTY_UNREACHABLE\"}");
        LocalDateTime now = BusinessTime.now();
        jdbc.update("UPDATE dispute_case SET clock_started_at = ?, mediation_due = ? WHERE case_number = ?",
                now.minusDays(30), now.minusDays(10), caseNumber);

        escalation.sweepOnce();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_escalation e JOIN dispute_case c ON c.id = e.case_id"
                + " WHERE c.case_number = ?", Integer.class, caseNumber)).isZero();
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).at("/deadlines/warning").isMissingNode()).isTrue();
    }

    @Test
    void pausingTwiceOrResumingARunningClockIsAConflict() {
        String caseNumber = inMediation();

        assertThat(post(caseNumber, "resume", "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        post(caseNumber, "pause", "{\"reason\": \"PARTY_POSTPONED\"}");
        assertThat(post(caseNumber, "pause", "{\"reason\": \"PARTY_POSTPONED\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(caseNumber, "pause", "{\"reason\": \"BORED\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void deadlineCanBeExtendedOnceWithAReason() {
        String caseNumber = inMediation();
        LocalDateTime dueBefore = mediationDue(caseNumber);

        var first = post(caseNumber, "extension", "{\"workingDays\": 10, \"reason\": \"双方同意延长调解期限\"}");
        var second = post(caseNumber, "extension", "{\"workingDays\": 5, \"reason\": \"再延长\"}");
        var noReason = post(caseNumber, "extension", "{\"workingDays\": 5}");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mediationDue(caseNumber)).isEqualTo(calendar.deadline(dueBefore, 10));
    }

    private String inMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }

    private ResponseEntity<JsonNode> post(String caseNumber, String action, String json) {
        return ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/" + action, json);
    }

    private LocalDateTime mediationDue(String caseNumber) {
        return jdbc.queryForObject("SELECT mediation_due FROM dispute_case WHERE case_number = ?",
                LocalDateTime.class, caseNumber);
    }

    private boolean timerSuspended(String caseNumber) {
        String pid = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(pid)
                .activityId("mediationDeadlinePassed").singleResult().isSuspended();
    }
}
