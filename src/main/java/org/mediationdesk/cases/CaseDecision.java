package org.mediationdesk.cases;

import java.time.LocalDateTime;

/** A rule that fired for a case, what it decided, and from which rule set. */
public record CaseDecision(long caseId, String decisionKind, String ruleName, String outcome,
                           String ruleSetVersion, LocalDateTime decidedAt) {
}
