package org.mediationdesk.cases;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mediationdesk.reference.Centre;
import org.springframework.stereotype.Component;

import static org.mediationdesk.process.ProcessVariables.CASE_ID;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.COUNTY_MANAGERS;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.managersOf;

/** The process's triage step: the routing rules choose the centre that is to accept the case. */
@Component
class TriageDisputeDelegate implements JavaDelegate {

    private final CaseTriage triage;

    TriageDisputeDelegate(CaseTriage triage) {
        this.triage = triage;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(CASE_ID);
        List<String> excluded = (List<String>) execution.getVariable(EXCLUDED_CENTRES);
        Centre centre = triage.triage(caseId, excluded == null ? List.of() : excluded);
        execution.setVariable(CENTRE_CODE, centre.code());
        execution.setVariable(COUNTY_MANAGERS, managersOf(triage.countyCentreOf(caseId).code()));
    }
}
