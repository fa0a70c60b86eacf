package org.mediationdesk.cases;

import java.time.LocalDateTime;

/**
 * One decision about a case: the rules that fired (in order, one per line), what they saw and
 * decided, from which rule set; {@code error} when the rules failed and the case fell back to people.
 */
public record DecisionRecord(long caseId, String decisionKind, String rulesFired, String factsSummary, String outcome,
                             String ruleSetVersion, String error, LocalDateTime decidedAt) {
}
