package org.mediationdesk.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static org.mediationdesk.process.ProcessVariables.CASE_ID;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.COUNTY_MANAGERS;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.TRIAGE_FAILED;
import static org.mediationdesk.process.ProcessVariables.managersOf;

/**
 * Stands in for the rules-based {@code triageDisputeDelegate}: routes the case to the first of its
 * centres that is not in {@code excludedCentres}, and names the county centre's managers, as the
 * real delegate does. Records what it was asked.
 */
public class TriageStandIn implements JavaDelegate {

    private final List<String> centres = new ArrayList<>();
    private final String countyCentre;

    /** Case id of each triage, in order. */
    public final List<Object> triagedCaseIds = new ArrayList<>();
    /** The excluded centres each triage saw (empty when the variable was absent). */
    public final List<List<String>> exclusionsSeen = new ArrayList<>();

    /** When set, triage behaves like the real one after a rule failed: county centre, triageFailed. */
    public boolean rulesFail;

    public TriageStandIn(String countyCentre, String... centres) {
        this.countyCentre = countyCentre;
        this.centres.addAll(List.of(centres));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        triagedCaseIds.add(execution.getVariable(CASE_ID));
        List<String> excluded = (List<String>) execution.getVariable(EXCLUDED_CENTRES);
        List<String> seen = excluded == null ? List.of() : List.copyOf(excluded);
        exclusionsSeen.add(seen);
        execution.setVariable(COUNTY_MANAGERS, managersOf(countyCentre));
        execution.setVariable(TRIAGE_FAILED, rulesFail);
        if (rulesFail) {
            execution.setVariable(CENTRE_CODE, countyCentre);
            return;
        }
        String centre = centres.stream().filter(code -> !seen.contains(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No centre left outside " + seen));
        execution.setVariable(CENTRE_CODE, centre);
    }
}
