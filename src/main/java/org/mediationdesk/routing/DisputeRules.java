package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Service;

/**
 * The decisions the DRL files under {@code rules/} make about a dispute: its risk (triage.drl), its
 * centre and the agencies that must join (routing.drl), and its deadlines (deadlines.drl).
 */
@Service
public class DisputeRules {

    public static final String TRIAGE = "TRIAGE";
    public static final String ROUTING = "ROUTING";
    public static final String AGENCIES = "AGENCIES";
    public static final String DEADLINES = "DEADLINES";
    public static final String ASSIGNMENT = "ASSIGNMENT";
    public static final String ESCALATION = "ESCALATION";

    private final DecisionEngine engine;
    private final ReferenceData referenceData;
    private final RoutingSettings settings;

    DisputeRules(DecisionEngine engine, ReferenceData referenceData, RoutingSettings settings) {
        this.engine = engine;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    /**
     * Runs {@code work}, whose decisions all come from the rule set active when it starts even if
     * another is published meanwhile: the several decisions about one case share one version.
     */
    public <T> T inOneVersion(Supplier<T> work) {
        return engine.inOneVersion(work);
    }

    /** The same decisions on another compiled rule set, e.g. a draft under test; nothing is stored. */
    public DisputeRules on(CompiledRules otherRules) {
        return new DisputeRules(engine.on(otherRules), referenceData, settings);
    }

    public Decision<TriageDecision> triage(DisputeFact dispute, Collection<PartyFact> parties) {
        List<Object> facts = new ArrayList<>(parties);
        facts.add(dispute);
        facts.add(settings);
        return engine.run(TRIAGE, new TriageDecision(), facts);
    }

    /**
     * Routes without offering the case to {@code excludedCentres}, e.g. centres that returned it. The session sees
     * only the centres that could take the dispute: those of its county and any that serve its township (a session's
     * cost grows with its facts, and a city has hundreds of centres).
     */
    public Decision<RoutingDecision> route(DisputeFact dispute, Collection<String> excludedCentres) {
        List<Object> facts = new ArrayList<>();
        facts.add(dispute);
        facts.add(settings);
        referenceData.centres().stream()
                .filter(centre -> centre.kind() != CentreKind.CITY && !excludedCentres.contains(centre.code()))
                .filter(centre -> centre.countyCode().equals(dispute.getCountyCode())
                        || centre.servedTownships().contains(dispute.getTownshipCode()))
                .map(CentreFact::new)
                .forEach(facts::add);
        Decision<RoutingDecision> decision = engine.run(ROUTING, new RoutingDecision(), facts);
        if (decision.result().centre() == null) {
            throw new RuleEvaluationException(ROUTING, "no rule chose a centre for " + dispute.summary(), null);
        }
        return decision;
    }

    public Decision<AgencyDecision> agencies(DisputeFact dispute) {
        return engine.run(AGENCIES, new AgencyDecision(), List.of(dispute));
    }

    /** Picks a mediator among {@code mediators} of the case's centre, or none (the centre queue). */
    public Decision<AssignmentDecision> assign(String typeCode, Collection<MediatorFact> mediators) {
        List<Object> facts = new ArrayList<>(mediators);
        facts.add(new AssignmentCase(typeCode));
        return engine.run(ASSIGNMENT, new AssignmentDecision(), facts);
    }

    /** The warning colour of a running deadline and the escalation actions due now. */
    public Decision<EscalationDecision> escalate(DeadlineClock clock) {
        return engine.run(ESCALATION, new EscalationDecision(), List.of(clock));
    }

    /** The time limits for a dispute at the centre it was routed to: the session's one {@link CentreFact}. */
    public Decision<DeadlineDecision> deadlines(DisputeFact dispute, Centre routedTo) {
        Decision<DeadlineDecision> decision = engine.run(DEADLINES, new DeadlineDecision(),
                List.of(dispute, new CentreFact(routedTo)));
        if (decision.result().acceptance() == null || decision.result().mediation() == null) {
            throw new RuleEvaluationException(DEADLINES, "no rule set both deadlines for " + dispute.summary(), null);
        }
        return decision;
    }
}
