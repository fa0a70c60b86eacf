package org.mediationdesk.process;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mediationdesk.process.ProcessVariables.POLICE_ALERT_MESSAGE;
import static org.mediationdesk.process.ProcessVariables.POLICE_DESK;

/** 报告公安: the police desk alerted to a dispute confirms it knows, beside whatever stage the case is at. */
class PoliceAlertTest extends DisputeProcessTestCase {

    private static final String POLICE_STATION = "WX-FEIYING-POLICE";

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = processEngineExtension();

    @Test
    void alertGivesThePoliceDeskATaskAndAcceptanceWaitsAsBefore() {
        // Given a dispute waiting for acceptance
        ProcessInstance dispute = startDispute();

        // When the police are alerted
        alert(dispute);

        // Then the police desk has a task to confirm, and acceptance is still open
        assertThat(dispute).isWaitingAt("acceptCase", "acknowledgeAlert");
        assertThat(task("acknowledgeAlert", dispute)).hasCandidateGroup(POLICE_STATION);
    }

    @Test
    void acknowledgementEndsOnlyThePoliceTask() {
        // Given a dispute in mediation whose police desk was alerted
        ProcessInstance dispute = disputeInMediation();
        alert(dispute);

        // When the police confirm they know of it
        complete(task("acknowledgeAlert", dispute));

        // Then mediation goes on
        assertThat(dispute).hasPassed("alertAcknowledged").isWaitingAtExactly("mediate");
    }

    private static void alert(ProcessInstance dispute) {
        runtimeService().createMessageCorrelation(POLICE_ALERT_MESSAGE).processInstanceId(dispute.getId())
                .setVariable(POLICE_DESK, POLICE_STATION).correlate();
    }
}
