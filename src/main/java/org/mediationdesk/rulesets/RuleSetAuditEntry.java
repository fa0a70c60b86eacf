package org.mediationdesk.rulesets;

import java.time.LocalDateTime;

/** One thing someone did to a version, and why. */
public record RuleSetAuditEntry(long versionId, RuleSetAction action, String actor, String note, LocalDateTime actedAt) {
}
