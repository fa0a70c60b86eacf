package org.mediationdesk.cases;

import org.mediationdesk.routing.Decision;
import org.mediationdesk.routing.RuleEvaluationException;
import org.springframework.stereotype.Component;

/** Stores each decision about a case: rules fired in order, the facts they saw, the outcome, the version. */
@Component
class DecisionLog {

    private static final int MAX_TEXT = 1000;

    private final CaseMapper cases;
    private final CaseJournal journal;

    DecisionLog(CaseMapper cases, CaseJournal journal) {
        this.cases = cases;
        this.journal = journal;
    }

    void record(long caseId, Decision<?> decision, String facts, String outcome) {
        cases.insertDecisionRecord(new DecisionRecord(caseId, decision.kind(), String.join("\n", decision.firedRules()),
                truncate(facts), outcome.isEmpty() ? "-" : truncate(outcome), decision.ruleSetVersion(), null,
                journal.now()));
    }

    void recordFailure(long caseId, RuleEvaluationException error, String fallbackOutcome) {
        cases.insertDecisionRecord(new DecisionRecord(caseId, error.decisionKind(), "", "", fallbackOutcome, "-",
                truncate(error.getMessage()), journal.now()));
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
