package org.mediationdesk.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file as it arrives, with its size and SHA-256 counted on the way, so
 * that its type can be read and it can be stored without ever being held in memory whole. Closing it
 * deletes the copy.
 */
final class StagedFile implements AutoCloseable {

    private final Path path;
    private final long size;
    private final String sha256;

    private StagedFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /** @throws TooLarge as soon as more than {@code maxBytes} arrived (the copy is deleted) */
    static StagedFile copy(InputStream in, long maxBytes) throws IOException {
        Path path = Files.createTempFile("attachment-", ".upload");
        try {
            MessageDigest digest = newDigest();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new StagedFile(path, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** More bytes arrived than a file may have. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
