package org.mediationdesk.process;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mediationdesk.process.ProcessVariables.ACCEPTANCE_DUE;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;

/**
 * Registration: a dispute's process triages it and starts the routed centre's acceptance clock.
 * The paths that follow are in AcceptancePathsTest, MediationPathsTest, JointMediationTest,
 * AgreementPathsTest and DeadlineTimersTest.
 */
class DisputeProcessTest extends DisputeProcessTestCase {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void registeredDisputeIsTriagedAndWaitsForTheRoutedCentreToAcceptIt() {
        // Given the triage routes the case to the Linghu fishery centre (the stand-in's first choice)

        // When the dispute's process starts
        ProcessInstance dispute = startDispute();

        // Then the triage ran once for this case, with no centre excluded
        assertThat(triage.triagedCaseIds).containsExactly(CASE_ID);
        assertThat(triage.exclusionsSeen).containsExactly(List.of());
        // And the acceptance clock started for that centre before the case waits for it
        assertThat(caseStages.acceptanceCentres).containsExactly(FISHERY_CENTRE);
        assertThat(caseStages.statuses).containsExactly("AWAITING_ACCEPTANCE");
        assertThat(dispute.getBusinessKey()).isEqualTo(CASE_NUMBER);
        assertThat(dispute).isWaitingAtExactly("acceptCase")
                .hasPassedInOrder("disputeRegistered", "triageDispute", "acceptanceClockStarts")
                .variables()
                .containsEntry(ProcessVariables.CASE_ID, CASE_ID)
                .containsEntry(ProcessVariables.CASE_NUMBER, CASE_NUMBER)
                .containsEntry(CENTRE_CODE, FISHERY_CENTRE)
                .containsEntry(ProcessVariables.COUNTY_MANAGERS, COUNTY_MANAGERS);
    }

    @Test
    void acceptanceTaskIsOfferedToTheRoutedCentreAloneAndDueAtTheAcceptanceDeadline() {
        // Given a registered dispute routed to the fishery centre
        ProcessInstance dispute = startDispute();

        // When the centre looks at its acceptance task
        Task acceptCase = task("acceptCase", dispute);

        // Then it is offered to that centre alone, unclaimed, and due when the acceptance clock says
        List<IdentityLink> offeredTo = taskService().getIdentityLinksForTask(acceptCase.getId());
        assertThat(offeredTo)
                .extracting(IdentityLink::getType, IdentityLink::getGroupId)
                .containsExactly(tuple(IdentityLinkType.CANDIDATE, FISHERY_CENTRE));
        assertThat(acceptCase).isNotAssigned();
        assertThat(acceptCase.getDueDate()).hasSameTimeAs((Date) variable(dispute, ACCEPTANCE_DUE));
        assertThat(taskQuery().taskCandidateGroup(LIANSHI_SUB_CENTRE).count())
                .as("tasks offered to a centre the case was not routed to")
                .isZero();
        // And the acceptance deadline timer is set for the same moment
        assertThat(timers(dispute, "acceptanceDeadlinePassed")).singleElement()
                .satisfies(timer -> assertThat(timer.getDuedate()).hasSameTimeAs((Date) variable(dispute, ACCEPTANCE_DUE)));
    }

    @Test
    void failedTriageLeavesNoProcessInstanceBehind() {
        // Given the triage fails, e.g. because the case is not in the database
        Mocks.register("triageDisputeDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("Case " + CASE_ID + " does not exist");
        });

        // When the dispute's process is started
        // Then the start fails with the triage's error
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(Workflow.PROCESS_KEY, CASE_NUMBER,
                Map.of(ProcessVariables.CASE_ID, CASE_ID, ProcessVariables.CASE_NUMBER, CASE_NUMBER)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Case 42 does not exist");

        // And neither a running nor a historic process instance nor a task is left, and no stage was entered
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CASE_NUMBER).count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(CASE_NUMBER).count())
                .isZero();
        assertThat(taskQuery().count()).isZero();
        assertThat(caseStages.statuses).isEmpty();
    }
}
