package org.mediationdesk.cases;

/** Where a case stands in its life. */
public enum CaseStatus {
    REGISTERED, AWAITING_ACCEPTANCE
}
