package org.mediationdesk.process;

import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mediationdesk.process.ProcessVariables.managersOf;

/**
 * 督办 with an answer: the supervisors instruct with a deadline, the case's centre answers, and an answer
 * not given in time raises the round one level, up to the administrators; rounds running at once keep apart.
 */
class SupervisionPathsTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void instructionGivesTheCentreAnAnswerTaskDueWhenTheSupervisorSaid() {
        // Given an overdue mediation under the fishery centre's managers' supervision
        ProcessInstance dispute = overdueMediation();

        // When they instruct, the answer due in three days
        Date answerDue = inDays(3);
        instruct(task("superviseCase", dispute), answerDue);

        // Then the fishery centre has a task to answer by then, with a timer at that moment
        Task answer = task("answerSupervision", dispute);
        assertThat(answer).hasCandidateGroup(FISHERY_CENTRE);
        assertThat(answer.getDueDate()).isEqualTo(answerDue);
        assertThat(job("answerDeadlinePassed", dispute).getDuedate()).isEqualTo(answerDue);
        assertThat(dispute).isWaitingAtExactly("mediate", "supervision", "answerSupervision");
    }

    @Test
    void answerInTimeEndsTheRoundAndRaisesNothing() {
        // Given an instruction waiting for the centre's answer
        ProcessInstance dispute = overdueMediation();
        instruct(task("superviseCase", dispute), inDays(3));

        // When the centre answers
        complete(task("answerSupervision", dispute));

        // Then the round has ended answered, its timer with it, and mediation goes on
        assertThat(dispute).hasPassed("supervisionAnswered").isWaitingAtExactly("mediate");
        assertThat(timers(dispute, "answerDeadlinePassed")).isEmpty();
        assertThat(supervision.lapsed).isEmpty();
    }

    @Test
    void unansweredInstructionGoesUpToTheCountyTheCityAndTheAdministratorsAndThenEnds() {
        // Given an overdue mediation whose centre never answers
        ProcessInstance dispute = overdueMediation();

        // When each level's answer deadline passes in turn, the round goes one level up each time
        instruct(task("superviseCase", dispute), inDays(3));
        execute(job("answerDeadlinePassed", dispute));
        assertThat(task("superviseCase", dispute)).hasCandidateGroup(COUNTY_MANAGERS);
        instruct(task("superviseCase", dispute), inDays(3));
        execute(job("answerDeadlinePassed", dispute));
        assertThat(task("superviseCase", dispute)).hasCandidateGroup(CITY_MANAGERS);
        instruct(task("superviseCase", dispute), inDays(3));
        execute(job("answerDeadlinePassed", dispute));
        assertThat(task("superviseCase", dispute)).hasCandidateGroup(ProcessVariables.ADMINISTRATORS);
        instruct(task("superviseCase", dispute), inDays(3));
        execute(job("answerDeadlinePassed", dispute));

        // Then above the administrators the round ends unanswered; the case is still in mediation
        assertThat(supervision.opened).containsExactly("CENTRE/MEDIATION_OVERDUE", "COUNTY/ANSWER_OVERDUE",
                "CITY/ANSWER_OVERDUE", "ADMINISTRATION/ANSWER_OVERDUE");
        assertThat(supervision.lapsed).containsExactly(1L, 2L, 3L, 4L);
        assertThat(dispute).hasPassed("supervisionUnanswered").isWaitingAtExactly("mediate");
    }

    @Test
    void theSweepsEscalationStartsARoundAtTheCountyCentre() {
        // Given a dispute in mediation
        ProcessInstance dispute = disputeInMediation();

        // When the escalation sweep raises it to the county
        escalateToCounty(dispute, "ESCALATED_TO_COUNTY");

        // Then the county centre's managers supervise it, and mediation goes on
        assertThat(task("superviseCase", dispute)).hasCandidateGroup(COUNTY_MANAGERS);
        assertThat(supervision.opened).containsExactly("COUNTY/ESCALATED_TO_COUNTY");
        assertThat(dispute).isWaitingAtExactly("mediate", "supervision", "superviseCase");
    }

    @Test
    void roundsRunningAtOnceKeepTheirOwnSupervisorsAndDeadlines() {
        // Given an overdue mediation supervised by its centre, then escalated to the county as well
        ProcessInstance dispute = overdueMediation();
        escalateToCounty(dispute, "ESCALATED_TO_COUNTY");
        Task centreRound = supervisionBy(dispute, managersOf(FISHERY_CENTRE));
        Task countyRound = supervisionBy(dispute, COUNTY_MANAGERS);

        // When each instructs with its own deadline
        Date centreDue = inDays(2);
        Date countyDue = inDays(5);
        instruct(centreRound, centreDue);
        instruct(countyRound, countyDue);

        // Then the centre has two answers to give, each due when its supervisor said
        assertThat(tasks(dispute, "answerSupervision")).extracting(Task::getDueDate)
                .containsExactlyInAnyOrder(centreDue, countyDue);
        assertThat(timers(dispute, "answerDeadlinePassed")).extracting(job -> job.getDuedate())
                .containsExactlyInAnyOrder(centreDue, countyDue);
    }

    @Test
    void closingTheCaseEndsItsRoundsStillWaitingForAnAnswer() {
        // Given an instruction waiting for the centre's answer
        ProcessInstance dispute = overdueMediation();
        instruct(task("superviseCase", dispute), inDays(3));

        // When the parties withdraw the dispute
        concludeMediation(dispute, "WITHDRAWN");

        // Then the case is closed and nothing of the round is left
        assertThat(dispute).isEnded();
        assertThat(timers(dispute, "answerDeadlinePassed")).isEmpty();
    }

    private static ProcessInstance overdueMediation() {
        ProcessInstance dispute = disputeInMediation();
        execute(job("mediationDeadlinePassed", dispute));
        return dispute;
    }

    private static Task supervisionBy(ProcessInstance dispute, String group) {
        return tasks(dispute, "superviseCase").stream()
                .filter(task -> org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService()
                        .getIdentityLinksForTask(task.getId()).stream().anyMatch(link -> group.equals(link.getGroupId())))
                .findFirst().orElseThrow();
    }
}
