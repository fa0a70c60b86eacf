package org.mediationdesk.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.mediationdesk.intake.RegisterCaseRequest;

/**
 * One data row of an upload: its Excel row number, its cells normalised (trimmed, dates as
 * yyyy-mm-dd, numbers without trailing zeros), the registration built from them, or the cells that
 * could not be read, each with its message.
 */
record ImportRow(int rowNumber, List<String> cells, RegisterCaseRequest request, Map<ImportColumn, String> problems) {

    /** The Idempotency-Key of the row: a SHA-256 of its normalised cells, so the same row always gives the same key. */
    String idempotencyKey() {
        try {
            byte[] content = String.join("\u001F", cells).getBytes(StandardCharsets.UTF_8);
            return "import-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
