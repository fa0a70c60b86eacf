package org.mediationdesk.benchmarks;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The first stretch of {@code processes/dispute-mediation.bpmn} with nothing of ours behind it: a
 * service task setting the three variables triage sets, the gateway, the acceptance clock setting
 * two more, and the waiting {@code acceptCase} user task with its candidate group, due date and
 * non-interrupting deadline timer. Starting it writes what the engine writes for a registration.
 */
final class BareDisputeProcess {

    static final String KEY = "bareDisputeMediation";

    private BareDisputeProcess() {
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1825)
                .startEvent("disputeRegistered")
                .serviceTask("triageDispute").camundaClass(Triage.class)
                .exclusiveGateway("rulesDecided")
                .intermediateThrowEvent("acceptanceClockStarts")
                .camundaExecutionListenerClass(ExecutionListener.EVENTNAME_START, AcceptanceClock.class)
                .userTask("acceptCase").camundaCandidateGroups("${centreCode}").camundaDueDate("${acceptanceDue}")
                .boundaryEvent("acceptanceDeadlinePassed").cancelActivity(false).timerWithDate("${acceptanceDue}")
                .endEvent("supervised")
                .moveToActivity("acceptCase").endEvent("accepted")
                .done();
    }

    public static class Triage implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("centreCode", "NX-LINGHU-FISHERY");
            execution.setVariable("triageFailed", false);
            execution.setVariable("countyManagers", "managers:NX-COUNTY");
        }
    }

    public static class AcceptanceClock implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            execution.setVariable("acceptanceDue", new Date(System.currentTimeMillis() + 86_400_000L));
        }
    }
}
