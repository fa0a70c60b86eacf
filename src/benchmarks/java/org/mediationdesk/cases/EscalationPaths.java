package org.mediationdesk.cases;

import java.util.Collection;

import org.springframework.context.ApplicationContext;

/**
 * The escalation work case by case, as it was before earlier escalations were read in batches, beside
 * the batched work, for {@code TaskListBenchmark} to time both on the same data.
 */
public final class EscalationPaths {

    private EscalationPaths() {
    }

    /** One sweep that reads each case's earlier escalations with a query of its own. */
    public static int sweepCaseByCase(CaseEscalation escalation) {
        return escalation.sweep(1);
    }

    /** The warning colours of these process instances' cases: a look-up per case, or one for all. */
    public static Runnable colours(ApplicationContext app, Collection<String> processInstanceIds, boolean batched) {
        CaseMapper cases = app.getBean(CaseMapper.class);
        CaseEscalation escalation = app.getBean(CaseEscalation.class);
        return batched
                ? () -> escalation.coloursOf(cases.findByProcessInstances(processInstanceIds))
                : () -> cases.findByProcessInstances(processInstanceIds).forEach(escalation::colourOf);
    }
}
