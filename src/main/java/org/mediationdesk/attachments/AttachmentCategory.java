package org.mediationdesk.attachments;

/** What a file is to the case file ({@code enum.AttachmentCategory.*} names it in each language). */
public enum AttachmentCategory {
    /** 证据 */
    EVIDENCE,
    /** 身份证明 */
    IDENTITY,
    /** 协议签字件: the signed agreement (or oral-agreement registration). */
    SIGNED_AGREEMENT,
    /** 笔录签字件: a signed record (session, investigation, follow-up) or notice. */
    SIGNED_RECORD,
    /** 现场照片 */
    SITE_PHOTO,
    /** 其他 */
    OTHER;

    boolean signsADocument() {
        return this == SIGNED_AGREEMENT || this == SIGNED_RECORD;
    }
}
