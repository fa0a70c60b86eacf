package org.mediationdesk.process;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_REASON;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_TO;

/** 调解: the mediation's outcome decides what follows; a case can be transferred to another centre meanwhile. */
class MediationPathsTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void agreedMediationAsksTheMediatorToRecordTheAgreement() {
        // Given a dispute in mediation at the fishery centre
        ProcessInstance dispute = disputeInMediation();

        // When the mediator concludes it with an agreement
        concludeMediation(dispute, "AGREED");

        // Then the same mediator is to record the agreement, and the case is AGREED
        assertThat(dispute).hasPassed("mediate", "mediationOutcome").isWaitingAtExactly("recordAgreement");
        assertThat(task("recordAgreement", dispute)).isAssignedTo(MEDIATOR_NAME);
        assertThat(caseStages.lastStatus()).isEqualTo("AGREED");
        assertThat(timers(dispute, "mediationDeadlinePassed")).isEmpty();
    }

    @Test
    void failedMediationWaitsForTheMediatorToReferTheParties() {
        // Given a dispute in mediation
        ProcessInstance dispute = disputeInMediation();

        // When the mediation fails
        concludeMediation(dispute, "FAILED");

        // Then the mediator is to refer the parties to a court or arbitration; the centre can see the task too
        assertThat(dispute).isWaitingAtExactly("referral").hasNotPassed("recordAgreement");
        assertThat(task("referral", dispute)).isAssignedTo(MEDIATOR_NAME).hasCandidateGroupAssociated(FISHERY_CENTRE);
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_REFERRAL");
        assertThat(caseStages.closures).isEmpty();
    }

    @Test
    void referredCaseIsClosedAsReferred() {
        // Given a failed mediation waiting for the referral
        ProcessInstance dispute = disputeInMediation();
        concludeMediation(dispute, "FAILED");

        // When the mediator records the referral
        refer(dispute);

        // Then the case is closed as referred and the process has ended
        assertThat(dispute).hasPassedInOrder("mediate", "referral", "closeReferred", "caseClosed").isEnded();
        assertThat(caseStages.closures).containsExactly("REFERRED");
    }

    @Test
    void withdrawnDisputeIsClosedAsTerminated() {
        // Given a dispute in mediation
        ProcessInstance dispute = disputeInMediation();

        // When the parties withdraw it
        concludeMediation(dispute, "WITHDRAWN");

        // Then the case is closed as terminated and the process has ended
        assertThat(dispute).hasPassedInOrder("mediate", "mediationOutcome", "closeTerminated", "caseClosed")
                .hasNotPassed("referral", "recordAgreement")
                .isEnded();
        assertThat(endActivityOf(dispute)).isEqualTo("caseClosed");
        assertThat(caseStages.closures).containsExactly("TERMINATED");
    }

    @Test
    void transferredCaseWaitsForTheOtherCentreToAcceptIt() {
        // Given a dispute in mediation at the fishery centre
        ProcessInstance dispute = disputeInMediation();

        // When it is transferred to the Gulou centre
        requestTransfer(dispute, GULOU_CENTRE, "当事人住所在鼓楼");

        // Then mediation is interrupted and the Gulou centre is asked to accept the case on a new acceptance clock
        assertThat(dispute).hasPassed("transferRequested", "transferCase")
                .isWaitingAtExactly("acceptCase")
                .isNotWaitingAt("mediate");
        assertThat(task("acceptCase", dispute)).hasCandidateGroup(GULOU_CENTRE);
        assertThat(taskQuery().processInstanceId(dispute.getId()).taskDefinitionKey("mediate").count()).isZero();
        assertThat(caseStages.transfers).containsExactly(FISHERY_CENTRE + "->" + GULOU_CENTRE);
        assertThat(caseStages.acceptanceCentres).containsExactly(FISHERY_CENTRE, GULOU_CENTRE);
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_ACCEPTANCE");
        // And the case's variables now name the new centre; the transfer request itself is not kept
        assertThat(dispute).variables()
                .containsEntry(CENTRE_CODE, GULOU_CENTRE)
                .doesNotContainKeys(TRANSFER_TO, TRANSFER_REASON);
        // And the old mediation deadline no longer runs; the new acceptance deadline does
        assertThat(timers(dispute, "mediationDeadlinePassed")).isEmpty();
        assertThat(timers(dispute, "acceptanceDeadlinePassed")).hasSize(1);
    }

    @Test
    void transferredCaseAcceptedByTheOtherCentreIsMediatedThere() {
        // Given a dispute transferred from the fishery centre to the Gulou centre
        ProcessInstance dispute = disputeInMediation();
        requestTransfer(dispute, GULOU_CENTRE, "当事人住所在鼓楼");

        // When the Gulou centre accepts it
        accept(dispute);

        // Then the Gulou centre mediates it, on a new mediation clock
        assertThat(dispute).isWaitingAtExactly("mediate");
        assertThat(task("mediate", dispute)).hasCandidateGroup(GULOU_CENTRE);
        assertThat(caseStages.statuses).containsExactly(
                "AWAITING_ACCEPTANCE", "IN_MEDIATION", "AWAITING_ACCEPTANCE", "IN_MEDIATION");
    }
}
