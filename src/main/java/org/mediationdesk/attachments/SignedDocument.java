package org.mediationdesk.attachments;

/**
 * The generated documents a signed scan can belong to, by the code stored in
 * {@code case_attachment.signs_document}: the standard forms of people's mediation (人民调解文书格式).
 * A session record names its session too ({@code signs_session}, the session's number on the case).
 */
public enum SignedDocument {
    APPLICATION,
    ACCEPTANCE_FORM,
    SESSION_RECORD,
    INVESTIGATION_RECORD,
    NON_ACCEPTANCE_NOTICE,
    TERMINATION_NOTICE,
    ORAL_AGREEMENT,
    AGREEMENT,
    FOLLOW_UP_RECORD;

    boolean perSession() {
        return this == SESSION_RECORD;
    }

    /** The category a scan of this document is filed under. */
    AttachmentCategory category() {
        return this == AGREEMENT || this == ORAL_AGREEMENT ? AttachmentCategory.SIGNED_AGREEMENT
                : AttachmentCategory.SIGNED_RECORD;
    }
}
