package org.mediationdesk.routing;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.compilation.RuleCompiler;

/**
 * The real DRL files under {@code rules/}, compiled as a rule set version is, behind a
 * {@link DisputeRules} built without Spring: for code outside this package (the benchmarks).
 */
public final class StandaloneRules {

    private StandaloneRules() {
    }

    /** Compiles {@code classpath*:rules/**}{@code /*.drl} anew on each call; sessions bounded as in the application. */
    public static DisputeRules compile(ReferenceData referenceData, RoutingSettings settings) {
        return new DisputeRules(new DecisionEngine(new ActiveRules(compiled())), referenceData, settings);
    }

    /** The same rules as a draft on trial runs them: bounded, and watched for a hard stop. */
    public static DisputeRules onTrial(ReferenceData referenceData, RoutingSettings settings) {
        CompiledRules compiled = compiled();
        return new DisputeRules(new DecisionEngine(new ActiveRules(compiled)).on(compiled), referenceData, settings);
    }

    /** The same rules in sessions without bounds, as before they were bounded: the benchmarks' baseline. */
    public static DisputeRules unguarded(ReferenceData referenceData, RoutingSettings settings) {
        return new DisputeRules(new UnguardedEngine(compiled()), referenceData, settings);
    }

    private static CompiledRules compiled() {
        return new RuleCompiler().compile(RuleFiles.read(RuleFiles.DRL));
    }
}
