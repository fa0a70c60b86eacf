package org.mediationdesk.cases;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.routing.RuleEvaluationException;
import org.springframework.stereotype.Component;

import static org.mediationdesk.process.ProcessVariables.CASE_ID;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.COUNTY_MANAGERS;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.TRIAGE_FAILED;
import static org.mediationdesk.process.ProcessVariables.managersOf;

/**
 * The process's triage step: the rules choose the centre that is to accept the case. If the rules
 * fail, the case is not lost: it goes to the county centre's managers for manual triage.
 */
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
        Centre centre;
        boolean failed = false;
        try {
            centre = triage.triage(caseId, excluded == null ? List.of() : excluded);
        } catch (RuleEvaluationException e) {
            centre = triage.fallBack(caseId, e);
            failed = true;
        }
        execution.setVariable(CENTRE_CODE, centre.code());
        execution.setVariable(TRIAGE_FAILED, failed);
        execution.setVariable(COUNTY_MANAGERS, managersOf(triage.countyCentreOf(caseId).code()));
    }
}
