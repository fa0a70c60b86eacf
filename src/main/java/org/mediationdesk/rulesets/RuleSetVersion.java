package org.mediationdesk.rulesets;

import java.time.LocalDateTime;

/**
 * A version of the rule set, without its files.
 *
 * @param basedOn     the version it was copied from, or null
 * @param checksum    SHA-256 of its files' names and contents
 * @param submittedBy who submitted the draft for approval; cleared when it is edited again
 * @param publishedAt when it was first published; null if it never was (so it cannot be rolled back to)
 */
public record RuleSetVersion(long id, RuleSetStatus status, Long basedOn, String checksum, String author, String note,
                             LocalDateTime createdAt, String submittedBy, LocalDateTime submittedAt,
                             LocalDateTime publishedAt) {

    /** The name decisions record: {@code v3}. */
    public String label() {
        return label(id);
    }

    static String label(long id) {
        return "v" + id;
    }
}
