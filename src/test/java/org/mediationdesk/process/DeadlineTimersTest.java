package org.mediationdesk.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mediationdesk.process.ProcessVariables.ACCEPTANCE_DUE;
import static org.mediationdesk.process.ProcessVariables.MEDIATION_DUE;
import static org.mediationdesk.process.ProcessVariables.managersOf;

/**
 * 督办: a missed acceptance or mediation deadline gives the centre's managers a supervision task and
 * cancels nothing; closing the case ends whatever is still open. What follows the instruction is in
 * SupervisionPathsTest.
 */
class DeadlineTimersTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void acceptanceTimerIsSetForTheAcceptanceDeadline() {
        // Given / When a dispute waits for acceptance
        ProcessInstance dispute = startDispute();

        // Then the acceptance timer is due at acceptanceDue
        assertThat(job("acceptanceDeadlinePassed", dispute).getDuedate())
                .hasSameTimeAs((Date) variable(dispute, ACCEPTANCE_DUE));
    }

    @Test
    void missedAcceptanceDeadlineHandsTheCaseToTheCentreManagersAndLeavesAcceptanceOpen() {
        // Given a dispute waiting for the fishery centre to accept it
        ProcessInstance dispute = startDispute();

        // When the acceptance deadline passes
        execute(job("acceptanceDeadlinePassed", dispute));

        // Then the case is marked overdue and the centre's managers supervise it; acceptance is still open
        assertThat(caseStages.overdueMarks).hasSize(1);
        assertThat(dispute).hasPassed("acceptanceDeadlinePassed").isWaitingAtExactly("acceptCase", "supervision", "superviseCase");
        assertThat(task("superviseCase", dispute)).hasCandidateGroup(managersOf(FISHERY_CENTRE));
        assertThat(task("acceptCase", dispute)).hasCandidateGroup(FISHERY_CENTRE);
        assertThat(timers(dispute, "acceptanceDeadlinePassed")).isEmpty();
    }

    @Test
    void missedMediationDeadlineHandsTheCaseToTheCentreManagersAndMediationGoesOn() {
        // Given a dispute in mediation, its timer due at mediationDue
        ProcessInstance dispute = disputeInMediation();
        assertThat(job("mediationDeadlinePassed", dispute).getDuedate())
                .hasSameTimeAs((Date) variable(dispute, MEDIATION_DUE));

        // When the mediation deadline passes
        execute(job("mediationDeadlinePassed", dispute));

        // Then the case is marked overdue and the centre's managers supervise it; mediation is still open
        assertThat(caseStages.overdueMarks).hasSize(1);
        assertThat(dispute).hasPassed("mediationDeadlinePassed").isWaitingAtExactly("mediate", "supervision", "superviseCase");
        assertThat(task("superviseCase", dispute)).hasCandidateGroup(managersOf(FISHERY_CENTRE));
        assertThat(task("mediate", dispute)).hasCandidateGroup(FISHERY_CENTRE);
    }

    @Test
    void overdueMarkSaysWhichDeadlineWasMissed() {
        // Given a dispute whose acceptance deadline passed, then accepted, then its mediation deadline passed
        ProcessInstance dispute = startDispute();
        execute(job("acceptanceDeadlinePassed", dispute));
        accept(dispute);
        execute(job("mediationDeadlinePassed", dispute));

        // Then each overdue mark knows which deadline it is for
        assertThat(caseStages.overdueMarks).containsExactly("ACCEPTANCE", "MEDIATION");
    }

    @Test
    void completedSupervisionEndsOnlyItsOwnBranch() {
        // Given an overdue mediation under supervision
        ProcessInstance dispute = disputeInMediation();
        execute(job("mediationDeadlinePassed", dispute));

        // When the managers instruct and the centre answers
        instruct(task("superviseCase", dispute), inDays(3));
        complete(task("answerSupervision", dispute));

        // Then that branch has ended, and the case is still in mediation
        assertThat(dispute).hasPassed("superviseCase", "answerSupervision", "supervisionAnswered")
                .isWaitingAtExactly("mediate")
                .isNotEnded();
        assertThat(caseStages.closures).isEmpty();
    }

    @Test
    void closingTheCaseEndsTheSupervisionStillOpen() {
        // Given an overdue mediation whose supervision is still open
        ProcessInstance dispute = disputeInMediation();
        execute(job("mediationDeadlinePassed", dispute));

        // When the parties withdraw the dispute
        concludeMediation(dispute, "WITHDRAWN");

        // Then the case is closed as terminated and the whole process has ended, supervision included
        assertThat(dispute).hasPassed("closeTerminated", "caseClosed").hasNotPassed("supervisionAnswered").isEnded();
        assertThat(caseStages.closures).containsExactly("TERMINATED");
        assertThat(taskQuery().processInstanceId(dispute.getId()).count()).isZero();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(dispute.getId())
                .activityId("superviseCase").canceled().count()).isEqualTo(1);
    }

    @Test
    void decliningTheCaseEndsTheSupervisionOfItsMissedAcceptance() {
        // Given a dispute whose acceptance is overdue and under supervision
        ProcessInstance dispute = startDispute();
        execute(job("acceptanceDeadlinePassed", dispute));

        // When the centre declines it after all
        decline(dispute);

        // Then the case is closed as not accepted and nothing is left open
        assertThat(dispute).hasPassed("closeNotAccepted", "caseClosed").isEnded();
        assertThat(caseStages.closures).containsExactly("NOT_ACCEPTED");
        assertThat(taskQuery().processInstanceId(dispute.getId()).count()).isZero();
    }

    @Test
    void closingTheCaseEndsOpinionTasksStillOpen() {
        // Given a mediation with an agency's opinion still outstanding
        ProcessInstance dispute = disputeInMediation();
        requestAgencies(dispute, List.of("PUBLIC_SECURITY"), inDays(10));

        // When the parties withdraw the dispute
        concludeMediation(dispute, "WITHDRAWN");

        // Then the whole process has ended, the opinion task and its deadline included
        assertThat(dispute).isEnded();
        assertThat(taskQuery().processInstanceId(dispute.getId()).count()).isZero();
        assertThat(caseStages.missingOpinionsRecorded).isZero();
    }
}
