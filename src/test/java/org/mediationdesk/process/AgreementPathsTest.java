package org.mediationdesk.process;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 调解协议, 司法确认 and 回访: after an agreement the case waits for the follow-up, perhaps via the court. */
class AgreementPathsTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void agreementWithoutJudicialConfirmationWaitsForTheFollowUpDate() {
        // Given a mediation that ended in an agreement
        ProcessInstance dispute = disputeWithAgreement();

        // When the agreement is recorded without an application for judicial confirmation
        AgreementDates dates = recordAgreement(dispute, false);

        // Then the case waits, in FOLLOW_UP, for the follow-up date
        assertThat(dispute).hasPassed("recordAgreement", "confirmationWanted")
                .hasNotPassed("judicialConfirmation")
                .isWaitingAtExactly("awaitFollowUp");
        assertThat(caseStages.statuses).endsWith("AGREED", "FOLLOW_UP");
        assertThat(timers(dispute, "awaitFollowUp")).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).hasSameTimeAs(dates.followUpDue()));
    }

    @Test
    void followUpDateArrivingAsksTheMediatorToVisitTheParties() {
        // Given a recorded agreement waiting for its follow-up date
        ProcessInstance dispute = disputeWithAgreement();
        recordAgreement(dispute, false);

        // When the follow-up date arrives
        execute(job("awaitFollowUp", dispute));

        // Then the mediator is to follow up; the centre can see the task too
        assertThat(dispute).hasPassed("awaitFollowUp").isWaitingAtExactly("followUp");
        assertThat(task("followUp", dispute)).isAssignedTo(MEDIATOR_NAME).hasCandidateGroupAssociated(FISHERY_CENTRE);
    }

    @Test
    void performedAgreementClosesTheCaseAsResolved() {
        // Given a follow-up visit is due
        ProcessInstance dispute = disputeWithAgreement();
        recordAgreement(dispute, false);
        execute(job("awaitFollowUp", dispute));

        // When the mediator finds the agreement performed
        followUp(dispute, true);

        // Then the case is closed as resolved and the process has ended
        assertThat(dispute).hasPassedInOrder("followUp", "agreementPerformed", "closeResolved", "caseClosed")
                .hasNotPassed("referral")
                .isEnded();
        assertThat(caseStages.closures).containsExactly("RESOLVED");
    }

    @Test
    void unperformedAgreementIsReferredAndThenClosedAsReferred() {
        // Given a follow-up visit is due
        ProcessInstance dispute = disputeWithAgreement();
        recordAgreement(dispute, false);
        execute(job("awaitFollowUp", dispute));

        // When the mediator finds the agreement not performed
        followUp(dispute, false);

        // Then the mediator is to refer the parties
        assertThat(dispute).isWaitingAtExactly("referral");
        assertThat(task("referral", dispute)).isAssignedTo(MEDIATOR_NAME);
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_REFERRAL");

        // And when the referral is recorded, the case is closed as referred
        refer(dispute);
        assertThat(dispute).hasPassed("closeReferred", "caseClosed").hasNotPassed("closeResolved").isEnded();
        assertThat(caseStages.closures).containsExactly("REFERRED");
    }

    @Test
    void agreementWithJudicialConfirmationWaitsForTheCourt() {
        // Given a mediation that ended in an agreement
        ProcessInstance dispute = disputeWithAgreement();

        // When the agreement is recorded with an application for judicial confirmation
        AgreementDates dates = recordAgreement(dispute, true);

        // Then the mediator tracks the confirmation, due when the application window closes
        assertThat(dispute).isWaitingAtExactly("judicialConfirmation").hasNotPassed("awaitFollowUp");
        assertThat(task("judicialConfirmation", dispute)).isAssignedTo(MEDIATOR_NAME);
        assertThat(task("judicialConfirmation", dispute).getDueDate()).hasSameTimeAs(dates.confirmationWindowEnds());
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(timers(dispute, "confirmationWindowClosed")).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).hasSameTimeAs(dates.confirmationWindowEnds()));
    }

    @Test
    void courtsDecisionMovesTheCaseOnToFollowUp() {
        // Given an agreement waiting for judicial confirmation
        ProcessInstance dispute = disputeWithAgreement();
        recordAgreement(dispute, true);

        // When the court's decision is recorded
        complete(task("judicialConfirmation", dispute));

        // Then the case waits for the follow-up date, and the window's timer is gone
        assertThat(dispute).hasPassed("judicialConfirmation").hasNotPassed("confirmationWindowClosed")
                .isWaitingAtExactly("awaitFollowUp");
        assertThat(timers(dispute, "confirmationWindowClosed")).isEmpty();
        assertThat(caseStages.statuses).endsWith("AWAITING_CONFIRMATION", "FOLLOW_UP");
    }

    @Test
    void closedConfirmationWindowMovesTheCaseOnToFollowUp() {
        // Given an agreement waiting for judicial confirmation
        ProcessInstance dispute = disputeWithAgreement();
        recordAgreement(dispute, true);

        // When the application window closes without a decision
        execute(job("confirmationWindowClosed", dispute));

        // Then the confirmation task is gone and the case waits for the follow-up date
        assertThat(dispute).hasPassed("confirmationWindowClosed").isWaitingAtExactly("awaitFollowUp");
        assertThat(tasks(dispute, "judicialConfirmation")).isEmpty();
        assertThat(caseStages.statuses).endsWith("AWAITING_CONFIRMATION", "FOLLOW_UP");
        assertThat(timers(dispute, "awaitFollowUp")).hasSize(1);
    }
}
