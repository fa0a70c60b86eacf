package org.mediationdesk.routing;

import org.kie.api.KieBase;

/** A compiled rule set and the version that decisions record. */
public record CompiledRules(KieBase kieBase, String version) {
}
