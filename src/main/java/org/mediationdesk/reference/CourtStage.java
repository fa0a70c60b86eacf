package org.mediationdesk.reference;

/** Where a court-referred dispute stands: before filing (诉前), or after filing under ordinary or simple procedure. */
public enum CourtStage {
    PRE_FILING, POST_FILING_ORDINARY, POST_FILING_SIMPLE
}
