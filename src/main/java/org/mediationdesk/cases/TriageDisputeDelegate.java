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

/**
 * The process's triage step: the rules choose the centre that is to accept the case. If the rules
 * fail, the case is not lost: it goes to the county centre's managers for manual triage.
 */
@Component
class TriageDisputeDelegate implements JavaDelegate {

    private final CaseTriage triage;
    private final SupervisionLadder ladder;

    TriageDisputeDelegate(CaseTriage triage, SupervisionLadder ladder) {
        this.triage = triage;
        this.ladder = ladder;
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
        // Manual triage, if it comes to that, goes to the county centre's managers or the first level up with one.
        String countyCentre = triage.countyCentreOf(caseId).code();
        execution.setVariable(COUNTY_MANAGERS, ladder.from(SupervisionLevel.COUNTY, countyCentre, null).group());
    }
}
