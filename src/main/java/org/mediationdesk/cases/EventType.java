package org.mediationdesk.cases;

/** What happened to a case, as recorded in its event history. */
public enum EventType {
    REGISTERED,
    ROUTED,
    STATUS_CHANGED,
    RETURNED,
    DECLINED,
    CLAIMED,
    UNCLAIMED,
    REASSIGNED,
    SESSION_RECORDED,
    AGENCIES_REQUESTED,
    AGENCY_OPINION,
    OPINIONS_MISSING,
    TRANSFERRED,
    OUTCOME_RECORDED,
    AGREEMENT_RECORDED,
    CONFIRMATION_DECIDED,
    FOLLOWED_UP,
    REFERRED,
    OVERDUE,
    SUPERVISED,
    CLOSED
}
