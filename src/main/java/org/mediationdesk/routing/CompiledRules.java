package org.mediationdesk.routing;

import org.kie.api.KieBase;

/**
 * A compiled rule set and the version that decisions record: {@code v3} for version 3 of the rule
 * sets in the database, {@code files-<checksum>} for DRL files compiled straight from disk.
 */
public record CompiledRules(KieBase kieBase, String version) {

    /** The same compiled rules under another version name (one compilation serves every version with the same DRL). */
    public CompiledRules as(String otherVersion) {
        return new CompiledRules(kieBase, otherVersion);
    }
}
