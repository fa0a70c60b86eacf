package org.mediationdesk.process;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** 调解协议 and 回访: after an agreement the case waits for the follow-up (司法确认 in between: JudicialConfirmationPathsTest). */
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
        assertThat(task("followUp", dispute).getDueDate()).as("the visit has a due date").isNotNull();
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
}
