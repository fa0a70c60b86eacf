package org.mediationdesk.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mediationdesk.process.ProcessVariables.AGENCY;

/**
 * 联合调解 when the routing rules require agencies (a fishery dispute: the fishery association and the
 * agriculture bureau), on a fixed clock: one answers, the other misses its deadline and is asked again
 * in a second round, and mediation, which the API lets conclude only then, goes on to the agreement.
 */
class RequiredAgenciesPathTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    private static final String FISHERY_ASSOCIATION = "FISHERY_ASSOCIATION";
    private static final String AGRICULTURE = "AGRICULTURE_RURAL";
    private static final LocalDateTime ACCEPTED = LocalDateTime.of(2026, 3, 2, 9, 0);

    @BeforeEach
    void clockAtAcceptance() {
        setClock(ACCEPTED);
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void opinionTimerIsNotDueBeforeTheAgenciesDeadlineOnTheFixedClock() {
        // Given both required agencies asked, with ten days to answer
        ProcessInstance dispute = disputeInMediation();
        requestAgencies(dispute, List.of(FISHERY_ASSOCIATION, AGRICULTURE), at(ACCEPTED.plusDays(10)));

        // When nine days pass
        setClock(ACCEPTED.plusDays(9));

        // Then the opinion deadline is not yet due and both opinions are still awaited
        assertThat(dueOpinionTimers(dispute)).isZero();
        assertThat(tasks(dispute, "agencyOpinion")).hasSize(2);
        assertThat(dispute).isWaitingAt("mediate", "agencyOpinion");
    }

    @Test
    void anAgencyThatMissesItsDeadlineIsAskedAgainAndMediationThenConcludes() {
        // Given both required agencies asked on acceptance day, with ten days to answer
        ProcessInstance dispute = disputeInMediation();
        requestAgencies(dispute, List.of(FISHERY_ASSOCIATION, AGRICULTURE), at(ACCEPTED.plusDays(10)));

        // When the fishery association answers on day 2 and the agriculture bureau has not by day 10
        setClock(ACCEPTED.plusDays(2));
        complete(opinionOf(dispute, FISHERY_ASSOCIATION));
        setClock(ACCEPTED.plusDays(10).plusMinutes(1));
        assertThat(dueOpinionTimers(dispute)).isEqualTo(1);
        execute(jobQuery().processInstanceId(dispute.getId()).activityId("opinionDeadlinePassed").singleResult());

        // Then its silence is recorded and only mediation is left
        assertThat(caseStages.missingOpinionsRecorded).isEqualTo(1);
        assertThat(dispute).hasPassed("recordMissingOpinions", "opinionsClosed").isWaitingAtExactly("mediate");

        // When the mediator asks the agriculture bureau again and it answers within the new deadline
        requestAgencies(dispute, List.of(AGRICULTURE), at(ACCEPTED.plusDays(20)));
        assertThat(tasks(dispute, "agencyOpinion")).singleElement()
                .satisfies(task -> assertThat(task.getDueDate()).isEqualTo(at(ACCEPTED.plusDays(20))));
        setClock(ACCEPTED.plusDays(12));
        complete(opinionOf(dispute, AGRICULTURE));

        // Then the second round ends with all opinions in, and the mediation concludes with an agreement
        assertThat(dispute).hasPassed("opinionsCollected").isWaitingAtExactly("mediate");
        assertThat(jobQuery().processInstanceId(dispute.getId()).activityId("opinionDeadlinePassed").count()).isZero();
        concludeMediation(dispute, "AGREED");
        assertThat(dispute).isWaitingAtExactly("recordAgreement");
        assertThat(caseStages.missingOpinionsRecorded).isEqualTo(1);
    }

    private static Task opinionOf(ProcessInstance dispute, String agency) {
        return tasks(dispute, "agencyOpinion").stream()
                .filter(task -> agency.equals(taskService().getVariable(task.getId(), AGENCY)))
                .findFirst().orElseThrow();
    }

    private static long dueOpinionTimers(ProcessInstance dispute) {
        return jobQuery().processInstanceId(dispute.getId()).activityId("opinionDeadlinePassed").executable().count();
    }

    private static void setClock(LocalDateTime time) {
        ClockUtil.setCurrentTime(at(time));
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
