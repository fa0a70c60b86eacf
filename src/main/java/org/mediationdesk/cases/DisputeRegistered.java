package org.mediationdesk.cases;

/**
 * A dispute was registered and routed: published by intake in the registration's transaction and
 * delivered after it commits. It is the case record's event (cases owns the record intake creates),
 * so modules reacting to new cases depend on cases, never on intake.
 */
public record DisputeRegistered(long caseId, String caseNumber) {
}
