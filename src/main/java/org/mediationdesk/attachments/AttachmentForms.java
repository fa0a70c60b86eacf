package org.mediationdesk.attachments;

import java.util.List;

import org.springframework.stereotype.Component;

/** What the case page's upload form offers ({@code ${@attachmentForms...}} in casefile/attachments.html). */
@Component("attachmentForms")
public class AttachmentForms {

    private final AttachmentSettings settings;

    AttachmentForms(AttachmentSettings settings) {
        this.settings = settings;
    }

    public List<AttachmentCategory> categories() {
        return List.of(AttachmentCategory.values());
    }

    public List<SignedDocument> documents() {
        return List.of(SignedDocument.values());
    }

    /** The largest file, for the page to refuse before sending it. */
    public long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    public long maxFileMegabytes() {
        return settings.maxFileSize().toMegabytes();
    }
}
