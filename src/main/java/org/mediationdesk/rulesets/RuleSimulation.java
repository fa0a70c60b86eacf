package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.cases.FieldProblem;
import org.mediationdesk.cases.InvalidRequestException;
import org.mediationdesk.cases.RegisteredCaseFacts;
import org.mediationdesk.mediators.MediatorAssignment;
import org.mediationdesk.routing.ActiveRules;
import org.mediationdesk.routing.CompiledRules;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.RuleEvaluationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * What-if: a version's rules and the published rules decide every case registered in a period,
 * each from the same facts (as at registration; mediators as they are today), and the differences
 * are counted. Nothing is written: the facts are read in a few queries, the rules run in memory,
 * and no mediator is marked as assigned.
 */
@Service
class RuleSimulation {

    static final int MAX_DAYS = 366;
    static final int MAX_CASES = 20_000;

    private final RegisteredCaseFacts registered;
    private final RuleSetVersions versions;
    private final RuleSetChecks checks;
    private final ActiveRules active;
    private final DisputeRules rules;
    private final MediatorAssignment mediators;
    private final MessageSource messages;

    RuleSimulation(RegisteredCaseFacts registered, RuleSetVersions versions, RuleSetChecks checks, ActiveRules active,
                   DisputeRules rules, MediatorAssignment mediators, MessageSource messages) {
        this.registered = registered;
        this.versions = versions;
        this.checks = checks;
        this.active = active;
        this.rules = rules;
        this.mediators = mediators;
        this.messages = messages;
    }

    /** @throws RuleSetRejectedException when the version does not compile */
    SimulationReport simulate(long versionId, LocalDate from, LocalDate to) {
        long started = System.nanoTime();
        checkPeriod(from, to);
        RuleSetVersion version = versions.get(versionId);
        CompiledRules draft = checks.compile(versionId, versions.files(versionId));
        CompiledRules current = active.get();
        int count = registered.count(from, to);
        if (count > MAX_CASES) {
            throw invalid("from", "ruleset.simulation.tooMany", count, MAX_CASES);
        }
        DisputeRules byCurrent = rules.on(current);
        DisputeRules byDraft = rules.on(draft);
        Map<String, MediatorAssignment.CentreMediators> centres = new HashMap<>();
        List<SimulatedCase> changed = new ArrayList<>();
        int cases = 0;
        int routed = 0;
        int assigned = 0;
        int deadlined = 0;
        int risk = 0;
        for (RegisteredCaseFacts.CaseFacts facts : registered.between(from, to)) {
            SimulatedCase result = SimulatedCase.of(facts.caseNumber(), facts.registeredAt(),
                    facts.dispute().getTypeCode(), decide(byCurrent, facts, centres), decide(byDraft, facts, centres));
            cases++;
            routed += result.routedDifferently() ? 1 : 0;
            assigned += result.assignedDifferently() ? 1 : 0;
            deadlined += result.deadlinedDifferently() ? 1 : 0;
            risk += result.riskDifferent() ? 1 : 0;
            if (result.changed()) {
                changed.add(result);
            }
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new SimulationReport(version.label(), current.version(), from, to, cases, changed.size(), routed,
                assigned, deadlined, risk, elapsed, changed);
    }

    /** Triage, centre (no centre excluded), agencies, deadlines and mediator, as on registration and acceptance. */
    private SimulatedOutcome decide(DisputeRules by, RegisteredCaseFacts.CaseFacts facts,
                                    Map<String, MediatorAssignment.CentreMediators> centres) {
        List<String> fired = new ArrayList<>();
        try {
            var triage = by.triage(facts.dispute(), facts.parties());
            DisputeFact assessed = facts.dispute().withRiskLevel(triage.result().riskLevel());
            var routing = by.route(assessed, List.of());
            var deadlines = by.deadlines(assessed);
            String centre = routing.result().centre().code();
            var assignment = by.assign(assessed.getTypeCode(), centres.computeIfAbsent(centre, mediators::mediatorsOf)
                    .facts(facts.partiesForConflicts(), facts.chosenMediator(), null));
            fired.addAll(triage.firedRules());
            fired.addAll(routing.firedRules());
            fired.addAll(deadlines.firedRules());
            // The assignment rules fire once per mediator excluded or eligible; the last one made the choice.
            List<String> assigning = assignment.firedRules();
            if (!assigning.isEmpty()) {
                fired.add(assigning.get(assigning.size() - 1));
            }
            return new SimulatedOutcome(triage.result().riskLevel().name(), centre, assignment.result().mediator(),
                    deadlines.result().acceptanceWorkingDays(), deadlines.result().mediationWorkingDays(), fired, null);
        } catch (RuleEvaluationException e) {
            return SimulatedOutcome.failed(e.getMessage());
        }
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw invalid("to", "ruleset.simulation.period", MAX_DAYS);
        }
    }

    private InvalidRequestException invalid(String field, String key, Object... args) {
        return new InvalidRequestException(List.of(new FieldProblem(field,
                messages.getMessage(key, args, LocaleContextHolder.getLocale()))));
    }
}
