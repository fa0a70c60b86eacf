package org.mediationdesk.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * The dispute process as drawn in {@code processes/dispute-mediation.bpmn}, on a stand-alone
 * in-memory engine ({@code camunda.cfg.xml}); the rules-based triage is replaced by a stand-in that
 * routes every case to a centre of the test's choosing.
 */
@Deployment(resources = "processes/dispute-mediation.bpmn")
class DisputeProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final String TRIAGE_DELEGATE = "triageDisputeDelegate";
    private static final long CASE_ID = 42L;
    private static final String CASE_NUMBER = "NX-2026-000042";
    private static final String FISHERY_CENTRE = "NX-LINGHU-FISHERY";
    private static final String LIANSHI_SUB_CENTRE = "NX-LIANSHI";

    /** Case ids the triage stand-in was asked to route. */
    private final List<Object> triagedCaseIds = new ArrayList<>();

    private DisputeProcess disputeProcess;

    @BeforeEach
    void useTheTestEngine() {
        ProcessEngine engine = ENGINE.getProcessEngine();
        BpmnAwareTests.init(engine);
        disputeProcess = new DisputeProcess(engine.getRuntimeService());
    }

    @AfterEach
    void forgetTheTriageStandIn() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void registeredDisputeIsTriagedAndWaitsForTheRoutedCentreToAcceptIt() {
        // Given the triage routes the case to the Linghu fishery centre
        triageRoutesTo(FISHERY_CENTRE);

        // When the dispute's process starts
        ProcessInstance dispute = startDispute();

        // Then the triage ran for this case, and the case waits for that centre to accept it
        assertThat(triagedCaseIds).containsExactly(CASE_ID);
        assertThat(dispute.getBusinessKey()).isEqualTo(CASE_NUMBER);
        assertThat(dispute.getProcessDefinitionId()).startsWith(DisputeProcess.PROCESS_KEY + ":");
        BpmnAwareTests.assertThat(dispute)
                .hasPassed("disputeRegistered", "triageDispute")
                .isWaitingAtExactly("acceptCase")
                .variables()
                .containsEntry(ProcessVariables.CASE_ID, CASE_ID)
                .containsEntry(ProcessVariables.CASE_NUMBER, CASE_NUMBER)
                .containsEntry(ProcessVariables.CENTRE_CODE, FISHERY_CENTRE);
        BpmnAwareTests.assertThat(task(dispute)).hasCandidateGroup(FISHERY_CENTRE);
    }

    @Test
    void onlyTheRoutedCentreIsOfferedTheAcceptanceTask() {
        // Given the triage routes the case to the Lianshi sub-centre
        triageRoutesTo(LIANSHI_SUB_CENTRE);

        // When the dispute's process starts
        ProcessInstance dispute = startDispute();

        // Then the acceptance task is offered to that centre alone, and not yet claimed by anyone
        List<IdentityLink> offeredTo = ENGINE.getTaskService().getIdentityLinksForTask(task(dispute).getId());
        assertThat(offeredTo)
                .extracting(IdentityLink::getType, IdentityLink::getGroupId)
                .containsExactly(tuple(IdentityLinkType.CANDIDATE, LIANSHI_SUB_CENTRE));
        assertThat(task(dispute).getAssignee()).isNull();
        assertThat(ENGINE.getTaskService().createTaskQuery().taskCandidateGroup(FISHERY_CENTRE).count())
                .as("tasks offered to a centre the case was not routed to")
                .isZero();
    }

    @Test
    void acceptingTheCaseEndsTheProcessAtCaseAccepted() {
        // Given a triaged dispute waiting for acceptance
        triageRoutesTo(FISHERY_CENTRE);
        ProcessInstance dispute = startDispute();

        // When the centre accepts the case
        complete(task(dispute));

        // Then the process has ended, at "case accepted"
        BpmnAwareTests.assertThat(dispute)
                .hasPassedInOrder("disputeRegistered", "triageDispute", "acceptCase", "caseAccepted")
                .isEnded();
        assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(dispute.getId()).singleResult().getEndActivityId())
                .isEqualTo("caseAccepted");
    }

    @Test
    void failedTriageLeavesNoProcessInstanceBehind() {
        // Given the triage fails, e.g. because the case is not in the database
        Mocks.register(TRIAGE_DELEGATE, (JavaDelegate) execution -> {
            throw new IllegalStateException("Case " + CASE_ID + " does not exist");
        });

        // When the dispute's process is started
        // Then the start fails with the triage's error
        assertThatThrownBy(() -> disputeProcess.start(CASE_ID, CASE_NUMBER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Case 42 does not exist");

        // And neither a running nor a historic process instance nor a task is left for the case
        assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(CASE_NUMBER).count()).isZero();
        assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(CASE_NUMBER).count()).isZero();
        assertThat(ENGINE.getTaskService().createTaskQuery().count()).isZero();
    }

    private void triageRoutesTo(String centreCode) {
        Mocks.register(TRIAGE_DELEGATE, (JavaDelegate) execution -> {
            triagedCaseIds.add(execution.getVariable(ProcessVariables.CASE_ID));
            execution.setVariable(ProcessVariables.CENTRE_CODE, centreCode);
        });
    }

    private ProcessInstance startDispute() {
        String processInstanceId = disputeProcess.start(CASE_ID, CASE_NUMBER);
        return ENGINE.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
    }
}
