package org.mediationdesk.routing;

import org.mediationdesk.reference.ReferenceData;

/**
 * The real DRL files under {@code rules/}, compiled as a rule set version is, behind a
 * {@link DisputeRules} built without Spring: for code outside this package (the benchmarks).
 */
public final class StandaloneRules {

    private StandaloneRules() {
    }

    /** Compiles {@code classpath*:rules/**}{@code /*.drl} anew on each call. */
    public static DisputeRules compile(ReferenceData referenceData, RoutingSettings settings) {
        CompiledRules compiled = new RuleCompiler()
                .compile(RuleFiles.read(RuleFiles.DRL));
        return new DisputeRules(new DecisionEngine(new ActiveRules(compiled)), referenceData, settings);
    }
}
