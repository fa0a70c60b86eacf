package org.mediationdesk.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in the database, in rows of at most {@link #CHUNK} bytes ({@code case_attachment_chunk}): written
 * in the transaction of the file's row, read back one chunk at a time, so neither an upload nor a download
 * holds more than a chunk in memory, and no statement comes near MySQL's {@code max_allowed_packet}
 * (64 MiB by default on MySQL 8, 16 MiB on MariaDB 10.11).
 */
@Component
class DatabaseStore implements AttachmentStore {

    static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AttachmentSettings.Storage kind() {
        return AttachmentSettings.Storage.DATABASE;
    }

    @Override
    public String putBeforeRow(StagedFile file) {
        return null;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void putWithRow(long attachmentId, StagedFile file) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = file.open()) {
            for (int seq = 0; ; seq++) {
                int length = in.readNBytes(buffer, 0, CHUNK);
                if (length == 0) {
                    return;
                }
                int chunk = seq;
                jdbc.update("INSERT INTO case_attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)", ps -> {
                    ps.setLong(1, attachmentId);
                    ps.setInt(2, chunk);
                    ps.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, length), length);
                });
            }
        }
    }

    @Override
    public void discard(String key) {
        // Written with the row: the transaction's rollback took the chunks with it.
    }

    @Override
    public InputStream open(long attachmentId, String key) {
        return new ChunkStream(attachmentId);
    }

    /** Reads chunk after chunk, each with its own query, as the reader gets to it. */
    private final class ChunkStream extends InputStream {

        private final long attachmentId;
        private int nextSeq;
        private InputStream current = InputStream.nullInputStream();
        private boolean ended;

        ChunkStream(long attachmentId) {
            this.attachmentId = attachmentId;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!ended) {
                int read = current.read(target, offset, length);
                if (read > 0) {
                    return read;
                }
                next();
            }
            return -1;
        }

        private void next() {
            List<byte[]> chunk = jdbc.query("SELECT data FROM case_attachment_chunk WHERE attachment_id = ? AND seq = ?",
                    (rs, row) -> {
                        try (InputStream data = rs.getBinaryStream(1)) {
                            return data.readAllBytes();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, attachmentId, nextSeq++);
            ended = chunk.isEmpty();
            current = ended ? InputStream.nullInputStream() : new ByteArrayInputStream(chunk.get(0));
        }
    }
}
