package org.mediationdesk.process;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.MEDIATION_DUE;
import static org.mediationdesk.process.ProcessVariables.RETURN_COUNT;

/** 受理: the routed centre accepts, returns (once: triaged again; twice: triaged by hand) or declines. */
class AcceptancePathsTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void acceptedCaseIsMediatedByTheAcceptingCentre() {
        // Given a dispute waiting for the fishery centre to accept it
        ProcessInstance dispute = startDispute();

        // When the centre accepts it
        accept(dispute);

        // Then mediation starts at that centre, with its deadline set and the acceptance timer gone
        assertThat(dispute).hasPassed("acceptCase", "acceptanceDecision")
                .hasNotPassed("returnedBefore", "closeNotAccepted")
                .isWaitingAtExactly("mediate")
                .hasVariables(MEDIATION_DUE);
        assertThat(task("mediate", dispute)).hasCandidateGroup(FISHERY_CENTRE).isNotAssigned();
        assertThat(caseStages.statuses).containsExactly("AWAITING_ACCEPTANCE", "IN_MEDIATION");
        assertThat(timers(dispute, "acceptanceDeadlinePassed")).isEmpty();
        assertThat(timers(dispute, "mediationDeadlinePassed")).hasSize(1);
    }

    @Test
    void firstReturnIsTriagedAgainWithoutTheReturningCentre() {
        // Given a dispute waiting for the fishery centre to accept it
        ProcessInstance dispute = startDispute();

        // When the fishery centre returns it
        returnCase(dispute);

        // Then the triage runs again, told to leave the fishery centre out
        assertThat(triage.exclusionsSeen).containsExactly(List.of(), List.of(FISHERY_CENTRE));
        assertThat(dispute).hasPassed("returnedBefore").hasNotPassed("triageManually")
                .isWaitingAtExactly("acceptCase")
                .variables()
                .containsEntry(CENTRE_CODE, LIANSHI_SUB_CENTRE)
                .containsEntry(RETURN_COUNT, 1);
        // And the case waits, with a new acceptance clock, for the centre the triage chose instead
        assertThat(task("acceptCase", dispute)).hasCandidateGroup(LIANSHI_SUB_CENTRE);
        assertThat(caseStages.acceptanceCentres).containsExactly(FISHERY_CENTRE, LIANSHI_SUB_CENTRE);
        assertThat(timers(dispute, "acceptanceDeadlinePassed")).hasSize(1);
    }

    @Test
    void failedRulesSendTheDisputeStraightToTheCountyManagers() {
        // Given rules that fail at run time
        triage.rulesFail = true;

        // When a dispute is registered
        ProcessInstance dispute = startDispute();

        // Then it waits for the county centre's managers to triage it by hand, not for any centre's acceptance
        assertThat(dispute).hasPassed("triageDispute", "rulesDecided").isWaitingAtExactly("triageManually");
        assertThat(task("triageManually", dispute)).hasCandidateGroup(COUNTY_MANAGERS).isNotAssigned();
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_MANUAL_TRIAGE");
    }

    @Test
    void secondReturnGoesToTheCountyManagersForManualTriage() {
        // Given a dispute that the fishery centre returned and the Lianshi sub-centre now has
        ProcessInstance dispute = startDispute();
        returnCase(dispute);

        // When the Lianshi sub-centre returns it too
        returnCase(dispute);

        // Then the rules are not asked a third time: the county centre's managers triage it by hand
        assertThat(triage.triagedCaseIds).hasSize(2);
        assertThat(dispute).isWaitingAtExactly("triageManually").variables().containsEntry(RETURN_COUNT, 2);
        assertThat(task("triageManually", dispute)).hasCandidateGroup(COUNTY_MANAGERS).isNotAssigned();
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_MANUAL_TRIAGE");
        assertThat(timers(dispute, "acceptanceDeadlinePassed")).isEmpty();
    }

    @Test
    void manuallyTriagedCaseWaitsForTheCentreTheManagerChose() {
        // Given a dispute returned twice, waiting for manual triage
        ProcessInstance dispute = startDispute();
        returnCase(dispute);
        returnCase(dispute);

        // When a county manager routes it to the Gulou centre
        triageManuallyTo(dispute, GULOU_CENTRE);

        // Then the Gulou centre is asked to accept it, on a fresh acceptance clock, with the return count reset
        assertThat(dispute).hasPassed("triageManually").isWaitingAtExactly("acceptCase")
                .variables()
                .containsEntry(CENTRE_CODE, GULOU_CENTRE)
                .containsEntry(RETURN_COUNT, 0)
                .containsEntry(EXCLUDED_CENTRES, List.of());
        assertThat(task("acceptCase", dispute)).hasCandidateGroup(GULOU_CENTRE);
        assertThat(caseStages.acceptanceCentres).containsExactly(FISHERY_CENTRE, LIANSHI_SUB_CENTRE, GULOU_CENTRE);
        assertThat(caseStages.lastStatus()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(triage.triagedCaseIds).as("rules triage runs").hasSize(2);
    }

    @Test
    void caseAcceptedAfterManualTriageIsMediatedThere() {
        // Given a dispute routed by hand to the Gulou centre
        ProcessInstance dispute = startDispute();
        returnCase(dispute);
        returnCase(dispute);
        triageManuallyTo(dispute, GULOU_CENTRE);

        // When the Gulou centre accepts it
        accept(dispute);

        // Then the Gulou centre mediates it
        assertThat(dispute).isWaitingAtExactly("mediate");
        assertThat(task("mediate", dispute)).hasCandidateGroup(GULOU_CENTRE);
        assertThat(caseStages.lastStatus()).isEqualTo("IN_MEDIATION");
    }

    @Test
    void declinedCaseIsClosedAsNotAccepted() {
        // Given a dispute waiting for the fishery centre to accept it
        ProcessInstance dispute = startDispute();

        // When the centre declines it (不予受理)
        decline(dispute);

        // Then the case is closed as not accepted and the process ends at caseClosed
        assertThat(dispute).hasPassedInOrder("acceptCase", "acceptanceDecision", "closeNotAccepted", "caseClosed")
                .hasNotPassed("mediate")
                .isEnded();
        assertThat(endActivityOf(dispute)).isEqualTo("caseClosed");
        assertThat(caseStages.closures).containsExactly("NOT_ACCEPTED");
        assertThat(caseStages.statuses).containsExactly("AWAITING_ACCEPTANCE", "CLOSED");
    }
}
