package org.mediationdesk.attachments;

import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in an S3-compatible bucket (MinIO, Ceph, a cloud's object storage): each written before its row,
 * under a fresh random key that only that row will name, so a file is never overwritten and the row
 * never names a file that is not there. An object left by a failed transaction is deleted at once, or,
 * if the node died first, by {@link #sweep} once it is older than {@code orphanAge}.
 */
class S3Store implements AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(S3Store.class);

    private final S3Client s3;
    private final AttachmentSettings.S3 settings;

    S3Store(S3Client s3, AttachmentSettings.S3 settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    @Override
    public AttachmentSettings.Storage kind() {
        return AttachmentSettings.Storage.S3;
    }

    @Override
    public String putBeforeRow(StagedFile file) {
        String key = settings.prefix() + UUID.randomUUID();
        s3.putObject(put -> put.bucket(settings.bucket()).key(key).contentLength(file.size())
                .contentType("application/octet-stream"), RequestBody.fromFile(file.path()));
        return key;
    }

    @Override
    public void putWithRow(long attachmentId, StagedFile file) {
        // Written before the row.
    }

    @Override
    public void discard(String key) {
        try {
            s3.deleteObject(delete -> delete.bucket(settings.bucket()).key(key));
        } catch (RuntimeException e) {
            log.warn("Could not delete the orphan object {}; the sweep will", key, e);
        }
    }

    @Override
    public InputStream open(long attachmentId, String key) {
        return s3.getObject(get -> get.bucket(settings.bucket()).key(key));
    }

    /**
     * Deletes the objects under the prefix older than {@code orphanAge} that no row names.
     *
     * @return how many it deleted
     */
    int sweep(Instant now, Predicate<String> named) {
        int deleted = 0;
        Instant before = now.minus(settings.orphanAge());
        for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(settings.bucket())
                .prefix(settings.prefix())).contents()) {
            if (object.lastModified().isBefore(before) && !named.test(object.key())) {
                s3.deleteObject(delete -> delete.bucket(settings.bucket()).key(object.key()));
                deleted++;
            }
        }
        return deleted;
    }
}
