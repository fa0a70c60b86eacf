package org.mediationdesk.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where the personal-data keys stand: the algorithm, whether new values are encrypted, the active key
 * version, the configured versions, and how many rows each table holds per key version (null: plain).
 */
public record KeyStatus(String algorithm, boolean encryption, int activeKeyVersion, Set<Integer> configuredKeyVersions,
                        List<Rows> rows) {

    /** True when every row with personal data is under the active key: the older keys may go. */
    public boolean rotationFinished() {
        return rows.stream().allMatch(r -> r.rows() == 0 || Objects.equals(r.keyVersion(), activeKeyVersion));
    }

    public record Rows(String table, Integer keyVersion, long rows) {
    }
}
