package org.mediationdesk.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mediationdesk.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** The process's triage step: the routing rules choose the centre that is to accept the case. */
@Component
class TriageDisputeDelegate implements JavaDelegate {

    private final CaseTriage triage;

    TriageDisputeDelegate(CaseTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessVariables.CASE_ID);
        execution.setVariable(ProcessVariables.CENTRE_CODE, triage.triage(caseId));
    }
}
