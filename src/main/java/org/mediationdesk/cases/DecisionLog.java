package org.mediationdesk.cases;

import org.mediationdesk.routing.Decision;
import org.mediationdesk.routing.RuleEvaluationException;
import org.springframework.stereotype.Component;

/** Stores each decision about a case: rules fired in order, the facts they saw, the outcome, the version. */
@Component
class DecisionLog {

    /** Column sizes of decision_record: a long list (e.g. 200 mediators excluded) is cut, never refused. */
    private static final int MAX_RULES = 2000;
    private static final int MAX_FACTS = 1000;
    private static final int MAX_OUTCOME = 200;

    private final CaseMapper cases;
    private final CaseJournal journal;

    DecisionLog(CaseMapper cases, CaseJournal journal) {
        this.cases = cases;
        this.journal = journal;
    }

    void record(long caseId, Decision<?> decision, String facts, String outcome) {
        cases.insertDecisionRecord(new DecisionRecord(caseId, decision.kind(),
                cut(String.join("\n", decision.firedRules()), MAX_RULES), cut(facts, MAX_FACTS),
                outcome.isEmpty() ? "-" : cut(outcome, MAX_OUTCOME), decision.ruleSetVersion(), null, journal.now()));
    }

    void recordFailure(long caseId, RuleEvaluationException error, String fallbackOutcome) {
        cases.insertDecisionRecord(new DecisionRecord(caseId, error.decisionKind(), "", "", fallbackOutcome, "-",
                cut(String.valueOf(error.getMessage()), MAX_FACTS), journal.now()));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
