package org.mediationdesk.privacy;

/** What a user did with parties' personal data, as an access record names it. */
public enum AccessAction {
    /** Saw a case's parties unmasked (the case page's "show" or {@code GET /api/cases/{n}?unmasked=true}). */
    UNMASKED_VIEW,
    /** Downloaded a document naming the parties (the agreement). */
    DOCUMENT_DOWNLOAD,
    /** Downloaded a file attached to a case (evidence, ID papers, signed scans). */
    ATTACHMENT_DOWNLOAD,
    /** Exported a list of cases (the statistics workbook). */
    CASE_LIST_EXPORT,
    /** Downloaded an import's error workbook, which holds whole rows. */
    IMPORT_ERRORS_DOWNLOAD,
    /** Ran a rule simulation over past cases. */
    SIMULATION,
    /** Exported access records. */
    ACCESS_RECORDS_EXPORT,
    /** A closed case's personal data de-identified when its retention period ended. */
    DEIDENTIFIED,
    /** A closed case's personal data de-identified early by the data-protection officer. */
    ERASED
}
