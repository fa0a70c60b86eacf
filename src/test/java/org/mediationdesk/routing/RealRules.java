package org.mediationdesk.routing;

import java.math.BigDecimal;
import java.util.Set;

import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.routing.compilation.RuleCompiler;

/** The real DRL files from {@code rules/}, compiled once for the plain rule tests, and fact builders. */
final class RealRules {

    static final RoutingSettings SETTINGS = new RoutingSettings(10, new BigDecimal("1000000"));
    private static final CompiledRules COMPILED = new RuleCompiler()
            .compile(RuleFiles.read(RuleFiles.DRL));

    private RealRules() {
    }

    /** Triage and deadlines need no centres, so no reference data. */
    static DisputeRules withoutCentres() {
        return new DisputeRules(new DecisionEngine(new ActiveRules(COMPILED)), null, SETTINGS);
    }

    static DisputeFact dispute(int people, String description, Set<RiskIndicator> indicators) {
        return new DisputeFact("NEIGHBOUR", DisputeSource.WALK_IN, "330502", "330502001", people, null, description,
                indicators, null, 0, 0, null);
    }

    static DisputeFact repeat(int ofAParty, int betweenTheParties) {
        return new DisputeFact("NEIGHBOUR", DisputeSource.WALK_IN, "330502", "330502001", 2, null, "", Set.of(),
                null, ofAParty, betweenTheParties, null);
    }

    static DisputeFact courtReferral(CourtStage stage, RiskLevel risk) {
        return new DisputeFact("CONTRACT", DisputeSource.COURT_REFERRAL, "330503", "330503103", 2, null, "", Set.of(),
                stage, 0, 0, risk);
    }

    static DisputeFact withRisk(RiskLevel risk) {
        return dispute(2, "", Set.of()).withRiskLevel(risk);
    }
}
