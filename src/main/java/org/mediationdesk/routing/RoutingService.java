package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Service;

/** Decides which centre handles a dispute, by the rules in {@code rules/routing.drl}. */
@Service
public class RoutingService {

    private final CompiledRules rules;
    private final ReferenceData referenceData;
    private final RoutingSettings settings;

    RoutingService(CompiledRules rules, ReferenceData referenceData, RoutingSettings settings) {
        this.rules = rules;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    public Routing route(DisputeFact dispute) {
        return route(dispute, List.of());
    }

    /** Routes without offering the case to {@code excludedCentres}, e.g. centres that returned it. */
    public Routing route(DisputeFact dispute, Collection<String> excludedCentres) {
        RoutingDecision decision = new RoutingDecision();
        List<Object> facts = new ArrayList<>();
        facts.add(dispute);
        facts.add(settings);
        facts.add(decision);
        referenceData.centres().stream()
                .filter(centre -> !excludedCentres.contains(centre.code()))
                .map(CentreFact::new)
                .forEach(facts::add);
        rules.kieBase().newStatelessKieSession().execute(facts);
        if (decision.centre() == null) {
            throw new IllegalStateException("No routing rule chose a centre for county " + dispute.getCountyCode());
        }
        return new Routing(decision.centre(), decision.firedRules(), rules.version());
    }

    /** The outcome of routing one dispute. */
    public record Routing(Centre centre, List<FiredRule> firedRules, String ruleSetVersion) {
    }
}
