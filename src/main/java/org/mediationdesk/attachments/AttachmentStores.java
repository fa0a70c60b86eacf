package org.mediationdesk.attachments;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The store new files go to (the setting), and the one a stored file is read from (its row). */
@Component
class AttachmentStores {

    private final DatabaseStore database;
    private final Optional<S3Store> s3;
    private final AttachmentSettings settings;

    AttachmentStores(DatabaseStore database, Optional<S3Store> s3, AttachmentSettings settings) {
        if (settings.storage() == AttachmentSettings.Storage.S3 && s3.isEmpty()) {
            throw new IllegalStateException("mediationdesk.attachments.storage is S3 but mediationdesk.attachments.s3.bucket is not set");
        }
        this.database = database;
        this.s3 = s3;
        this.settings = settings;
    }

    AttachmentStore forWriting() {
        return of(settings.storage());
    }

    AttachmentStore of(AttachmentSettings.Storage storage) {
        return switch (storage) {
            case DATABASE -> database;
            case S3 -> s3.orElseThrow(() -> new IllegalStateException(
                    "A file is stored in S3 but mediationdesk.attachments.s3.bucket is not set"));
        };
    }
}
