package org.mediationdesk.attachments;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a file's bytes live. A file and its row must not outlive each other: a store writes either in
 * the row's transaction ({@link #putWithRow}), or before the row under a fresh key that only the row
 * names ({@link #putBeforeRow}), so that what a failed transaction leaves behind is an object no row
 * points at, which is discarded at once or later swept.
 */
interface AttachmentStore {

    AttachmentSettings.Storage kind();

    /** @return the key the row will name, or null when the store writes with the row */
    String putBeforeRow(StagedFile file) throws IOException;

    /** In the transaction that inserts the row {@code attachmentId}. */
    void putWithRow(long attachmentId, StagedFile file) throws IOException;

    /** The row's transaction failed: what {@link #putBeforeRow} wrote goes. */
    void discard(String key);

    InputStream open(long attachmentId, String key) throws IOException;
}
