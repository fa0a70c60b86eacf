package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.mediationdesk.cases.RegisteredCaseFacts;
import org.mediationdesk.mediators.MediatorAssignment;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.ActiveRules;
import org.mediationdesk.routing.CompiledRules;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.MediatorFact;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.routing.RuleEvaluationException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
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
    private final ReferenceData referenceData;
    private final MessageSource messages;

    RuleSimulation(RegisteredCaseFacts registered, RuleSetVersions versions, RuleSetChecks checks, ActiveRules active,
                   DisputeRules rules, MediatorAssignment mediators, ReferenceData referenceData,
                   MessageSource messages) {
        this.registered = registered;
        this.versions = versions;
        this.checks = checks;
        this.active = active;
        this.rules = rules;
        this.mediators = mediators;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /**
     * Checks, compiles, counts and runs at once, on the cases registered in the period that are now
     * at a centre of {@code scope}.
     *
     * @throws InvalidRequestException  when the period is too long or holds too many cases
     * @throws RuleSetRejectedException when the version does not compile
     */
    SimulationReport simulate(long versionId, LocalDate from, LocalDate to, CaseScope scope) {
        return run(prepare(versionId, from, to, scope), LocaleContextHolder.getLocale(), Progress.NONE);
    }

    /**
     * What can be refused before anything runs: the period, the draft's compilation, the number of
     * cases registered in the period that are now at a centre of {@code scope}.
     *
     * @throws InvalidRequestException  when the period is too long or holds too many cases
     * @throws RuleSetRejectedException when the version does not compile
     */
    Prepared prepare(long versionId, LocalDate from, LocalDate to, CaseScope scope) {
        checkPeriod(from, to);
        RuleSetVersion version = versions.get(versionId);
        CompiledRules draft = checks.compile(versionId, versions.files(versionId));
        int count = registered.count(from, to, scope.centres());
        if (count > MAX_CASES) {
            throw invalid("from", "ruleset.simulation.tooMany", count, MAX_CASES);
        }
        return new Prepared(version, draft, from, to, scope, count);
    }

    /**
     * Decides every case of a prepared simulation by the published rules and the draft, telling
     * {@code progress} after each case; errors are in {@code locale}.
     *
     * @throws CancellationException when {@code progress} asked to stop: it is asked between cases
     */
    SimulationReport run(Prepared prepared, Locale locale, Progress progress) {
        long started = System.nanoTime();
        CompiledRules current = active.get();
        DisputeRules byCurrent = rules.on(current);
        DisputeRules byDraft = rules.on(prepared.draft());
        SimulationErrors errors = new SimulationErrors(messages, locale);
        Map<String, MediatorAssignment.CentreMediators> centres = new HashMap<>();
        List<SimulatedCase> changed = new ArrayList<>();
        int routed = 0;
        int assigned = 0;
        int deadlined = 0;
        int risk = 0;
        List<RegisteredCaseFacts.CaseFacts> cases = registered.between(prepared.from(), prepared.to(),
                prepared.scope().centres());
        for (int done = 0; done < cases.size(); done++) {
            if (!progress.reached(done, cases.size())) {
                throw new CancellationException("simulation stopped after " + done + " of " + cases.size() + " cases");
            }
            RegisteredCaseFacts.CaseFacts facts = cases.get(done);
            SimulatedCase result = SimulatedCase.of(facts.caseNumber(), facts.registeredAt(), facts.dispute().getTypeCode(),
                    decide(byCurrent, facts, centres, errors), decide(byDraft, facts, centres, errors));
            routed += result.routedDifferently() ? 1 : 0;
            assigned += result.assignedDifferently() ? 1 : 0;
            deadlined += result.deadlinedDifferently() ? 1 : 0;
            risk += result.riskDifferent() ? 1 : 0;
            if (result.changed()) {
                changed.add(result);
            }
        }
        progress.reached(cases.size(), cases.size());
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new SimulationReport(prepared.version().label(), current.version(), prepared.from(), prepared.to(),
                prepared.scope().counties(), cases.size(), changed.size(), routed, assigned, deadlined, risk, elapsed,
                changed);
    }

    /**
     * Triage, centre (no centre excluded), agencies, deadlines and mediator, as on registration and
     * acceptance. Only outcomes come back: a centre that is no registered centre, a mediator who is
     * not one of the centre's, or a rule's failure (a time limit out of range is one) becomes an error that names the decision and rule but carries nothing of the case.
     */
    private SimulatedOutcome decide(DisputeRules by, RegisteredCaseFacts.CaseFacts facts,
                                    Map<String, MediatorAssignment.CentreMediators> centres, SimulationErrors errors) {
        List<String> fired = new ArrayList<>();
        try {
            var triage = by.triage(facts.dispute(), facts.parties());
            RiskLevel risk = triage.result().riskLevel();
            if (risk == null) {
                return SimulatedOutcome.failed(errors.noDecision(DisputeRules.TRIAGE));
            }
            DisputeFact assessed = facts.dispute().withRiskLevel(risk);
            var routing = by.route(assessed, List.of());
            var deadlines = by.deadlines(assessed, routing.result().centre());
            String centre = routing.result().centre().code();
            if (referenceData.centre(centre).isEmpty()) {
                return SimulatedOutcome.failed(errors.unknownCentre(DisputeRules.ROUTING));
            }
            List<MediatorFact> candidates = centres.computeIfAbsent(centre, mediators::mediatorsOf)
                    .facts(facts.partiesForConflicts(), facts.chosenMediator(), null);
            var assignment = by.assign(assessed.getTypeCode(), candidates);
            String mediator = assignment.result().mediator();
            if (mediator != null && candidates.stream().noneMatch(candidate -> candidate.getUsername().equals(mediator))) {
                return SimulatedOutcome.failed(errors.notAMediator(DisputeRules.ASSIGNMENT));
            }
            fired.addAll(triage.firedRules());
            fired.addAll(routing.firedRules());
            fired.addAll(deadlines.firedRules());
            // The assignment rules fire once per mediator excluded or eligible; the last one made the choice.
            List<String> assigning = assignment.firedRules();
            if (!assigning.isEmpty()) {
                fired.add(assigning.get(assigning.size() - 1));
            }
            return new SimulatedOutcome(risk.name(), centre, mediator, deadlines.result().describeZh(), fired, null);
        } catch (RuleEvaluationException e) {
            return SimulatedOutcome.failed(errors.failed(e));
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

    /** A simulation that may run: its period and scope, the draft compiled, and how many cases it will decide. */
    record Prepared(RuleSetVersion version, CompiledRules draft, LocalDate from, LocalDate to, CaseScope scope,
                    int cases) {
    }

    /** Told how far a run has come, before each case and once at the end; answering false stops it. */
    @FunctionalInterface
    interface Progress {

        Progress NONE = (done, total) -> true;

        boolean reached(int done, int total);
    }
}
