package org.mediationdesk.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Archives in the database: a row with the SHA-256, the bytes in chunks read back one at a time. */
@Component
class ArchiveStore {

    private static final int CHUNK = 1024 * 1024;

    private final JdbcTemplate jdbc;

    ArchiveStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long caseId, long size, String sha256, LocalDateTime producedAt) {
    }

    Optional<Stored> find(long caseId) {
        return jdbc.query("SELECT case_id, size_bytes, sha256, produced_at FROM case_archive WHERE case_id = ?",
                (rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime()), caseId).stream().findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void put(long caseId, Path file, String sha256, LocalDateTime producedAt) throws IOException {
        jdbc.update("INSERT INTO case_archive (case_id, size_bytes, sha256, produced_at) VALUES (?, ?, ?, ?)",
                caseId, Files.size(file), sha256, producedAt);
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int seq = 0; ; seq++) {
                int length = in.readNBytes(buffer, 0, CHUNK);
                if (length == 0) {
                    return;
                }
                int chunk = seq;
                jdbc.update("INSERT INTO case_archive_chunk (case_id, seq, data) VALUES (?, ?, ?)", ps -> {
                    ps.setLong(1, caseId);
                    ps.setInt(2, chunk);
                    ps.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, length), length);
                });
            }
        }
    }

    /** The bytes, each chunk fetched when the reader reaches it. */
    InputStream open(long caseId) {
        List<Integer> seqs = jdbc.queryForList("SELECT seq FROM case_archive_chunk WHERE case_id = ? ORDER BY seq",
                Integer.class, caseId);
        var chunks = seqs.iterator();
        return new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return chunks.hasNext();
            }

            @Override
            public InputStream nextElement() {
                byte[] data = jdbc.queryForObject("SELECT data FROM case_archive_chunk WHERE case_id = ? AND seq = ?",
                        byte[].class, caseId, chunks.next());
                if (data == null) {
                    throw new UncheckedIOException(new IOException("Archive chunk of case " + caseId + " is empty"));
                }
                return new ByteArrayInputStream(data);
            }
        });
    }
}
