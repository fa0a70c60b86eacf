package org.mediationdesk.cases;

/** Where a case stands in its life; only the dispute process moves it. */
public enum CaseStatus {
    REGISTERED,
    AWAITING_ACCEPTANCE,
    AWAITING_MANUAL_TRIAGE,
    IN_MEDIATION,
    AGREED,
    AWAITING_CONFIRMATION,
    FOLLOW_UP,
    AWAITING_REFERRAL,
    CLOSED
}
