package org.mediationdesk.cases;

/**
 * Published, in the transaction that changed it, whenever a case's history gets an event: every change
 * of status, deadline, centre or holder comes with one. Listeners run synchronously, in that transaction.
 * {@code type} is the event's kind and {@code status} the status it moved the case to (null when it did not
 * move it), so a listener can react to an acceptance or an outcome without reading the history.
 */
public record CaseChanged(long caseId, EventType type, CaseStatus status) {
}
