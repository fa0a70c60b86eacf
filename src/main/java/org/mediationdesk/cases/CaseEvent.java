package org.mediationdesk.cases;

import java.time.LocalDateTime;

/**
 * One entry of a case's history: who did what, and the status it moved between. {@code detail} is what
 * the system wrote as data ({@link EventNotes}), {@code note} its Chinese text or what a person typed.
 */
public record CaseEvent(long caseId, LocalDateTime occurredAt, String actor, EventType eventType,
                        CaseStatus fromStatus, CaseStatus toStatus, String note, String detail) {
}
