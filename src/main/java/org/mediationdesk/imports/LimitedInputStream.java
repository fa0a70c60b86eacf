package org.mediationdesk.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A part of the workbook that may not unpack to more than {@code limit} bytes: what a reader keeps
 * in memory (shared strings, styles) stays bounded however well the file compresses.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > limit) {
            throw new PartTooLargeException(limit);
        }
    }

    /** The part unpacks to more than the limit. */
    static final class PartTooLargeException extends IOException {
        PartTooLargeException(long limit) {
            super("A workbook part unpacks to more than " + limit + " bytes");
        }
    }
}
