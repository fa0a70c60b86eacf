package org.mediationdesk.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.ReferenceDataStub;
import org.mediationdesk.routing.AssignmentDecision;
import org.mediationdesk.routing.Decision;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.RiskFlag;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.routing.RoutingDecision;
import org.mediationdesk.routing.RoutingSettings;
import org.mediationdesk.routing.StandaloneRules;
import org.mediationdesk.routing.TriageDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation = one full decision for one dispute: triage ({@link DisputeRules#triage}), routing over Huzhou's
 * 80 centres ({@link DisputeRules#route}) and assignment among 200 mediators whose open-case counts come from
 * 5,000 open cases ({@link DisputeRules#assign}), the same three calls {@code CaseTriage} and
 * {@code MediatorAssignment} make, minus the database. The {@code plainJava*} benchmarks make the same choices
 * with {@link PlainJavaDecisions}; the set-up refuses to measure unless both agree on every dispute.
 *
 * <p>Each operation takes the next of {@value DecisionWorkload#DISPUTES} generated disputes, round the cycle.
 * Throughput and sample-time (for percentiles) are separate methods only so that each reports in its own unit.
 * Run with {@link DecisionBenchmarkRunner}; results and how to read them are in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class DecisionBenchmark {

    /** The application's defaults (application.yml: mediationdesk.routing.*). */
    static final RoutingSettings SETTINGS = new RoutingSettings(10, new BigDecimal("1000000"));

    static final Set<String> SELECTION_RULES = Set.of(PlainJavaDecisions.CHOSEN_BY_PARTIES,
            PlainJavaDecisions.STAND_IN, PlainJavaDecisions.FEWEST_OPEN_CASES);

    private DisputeRules rules;
    private PlainJavaDecisions plain;
    private DecisionWorkload workload;
    private List<Centre> centres;
    private DecisionWorkload.Dispute[] disputes;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Fixture fixture = Fixture.create();
        rules = fixture.rules();
        plain = fixture.plain();
        workload = fixture.workload();
        centres = fixture.centres();
        disputes = workload.disputes.toArray(DecisionWorkload.Dispute[]::new);
        System.out.println(verify(fixture));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Outcome rulesThroughput() {
        return decideWithRules(rules, nextDispute());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Outcome rulesSampleTime() {
        return decideWithRules(rules, nextDispute());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Outcome plainJavaThroughput() {
        return decideInPlainJava(plain, centres, nextDispute());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Outcome plainJavaSampleTime() {
        return decideInPlainJava(plain, centres, nextDispute());
    }

    private DecisionWorkload.Dispute nextDispute() {
        DecisionWorkload.Dispute dispute = disputes[next];
        next = next + 1 == disputes.length ? 0 : next + 1;
        return dispute;
    }

    /** What {@code CaseTriage.triage} and {@code MediatorAssignment.choose} ask of the rules, in that order. */
    static Outcome decideWithRules(DisputeRules rules, DecisionWorkload.Dispute input) {
        Decision<TriageDecision> triage = rules.triage(input.dispute(), input.parties());
        DisputeFact assessed = input.dispute().withRiskLevel(triage.result().riskLevel());
        Decision<RoutingDecision> routing = rules.route(assessed, input.excludedCentres());
        Decision<AssignmentDecision> assignment = rules.assign(assessed.getTypeCode(), input.mediators());
        String selection = null;
        for (String fired : assignment.firedRules()) {
            if (SELECTION_RULES.contains(fired)) {
                selection = fired;
            }
        }
        return new Outcome(triage.result().riskLevel(), triage.result().flags(), routing.result().centre().code(),
                routing.firedRules(), assignment.result().mediator(), selection, assignment.result().exclusions());
    }

    static Outcome decideInPlainJava(PlainJavaDecisions plain, List<Centre> centres, DecisionWorkload.Dispute input) {
        PlainJavaDecisions.Triage triage = plain.triage(input.dispute(), input.parties());
        DisputeFact assessed = input.dispute().withRiskLevel(triage.riskLevel());
        PlainJavaDecisions.Routing routing = plain.route(assessed, centres, input.excludedCentres());
        PlainJavaDecisions.Assignment assignment = plain.assign(assessed.getTypeCode(), input.mediators());
        return new Outcome(triage.riskLevel(), triage.flags(), routing.centre().code(), List.of(routing.rule()),
                assignment.mediator(), assignment.rule(), assignment.exclusions());
    }

    /**
     * Decides every generated dispute both ways and throws on the first difference in risk level, flags, centre,
     * routing rule, mediator, selection rule or exclusions (as a multiset: the rules add them in agenda order).
     *
     * @return what the workload exercised, for the record
     */
    static String verify(Fixture fixture) {
        Map<String, Integer> routingRules = new TreeMap<>();
        Map<String, Integer> risks = new TreeMap<>();
        Map<String, Integer> selections = new TreeMap<>();
        long exclusions = 0;
        int mediatorsHandedIn = 0;
        for (DecisionWorkload.Dispute input : fixture.workload().disputes) {
            Outcome byRules = decideWithRules(fixture.rules(), input);
            Outcome byPlainJava = decideInPlainJava(fixture.plain(), fixture.centres(), input);
            if (!byRules.sameChoicesAs(byPlainJava)) {
                throw new IllegalStateException("rules and plain Java differ for " + input.dispute().summary()
                        + "\n  rules:      " + byRules + "\n  plain Java: " + byPlainJava);
            }
            routingRules.merge(byRules.routingRules().get(0), 1, Integer::sum);
            risks.merge(byRules.riskLevel().name(), 1, Integer::sum);
            selections.merge(Objects.requireNonNullElse(byRules.selectionRule(), "(none: centre queue)"), 1,
                    Integer::sum);
            exclusions += byRules.exclusions().size();
            mediatorsHandedIn = input.mediators().size();
        }
        int n = fixture.workload().disputes.size();
        return "Rules and plain Java agree on all " + n + " disputes (risk, flags, centre, routing rule, mediator,"
                + " selection rule, exclusions).\n"
                + "  centres: " + fixture.centres().size() + ", mediators per decision: " + mediatorsHandedIn
                + ", open cases: " + fixture.workload().openCasesByMediator.values().stream()
                .mapToInt(Integer::intValue).sum() + " (as per-mediator counts, "
                + fixture.workload().openCasesByMediator.values().stream().mapToInt(Integer::intValue).min().orElse(0)
                + "–" + fixture.workload().openCasesByMediator.values().stream().mapToInt(Integer::intValue).max()
                .orElse(0) + " each)\n"
                + "  risk levels: " + risks + "\n"
                + "  routing rules: " + routingRules + "\n"
                + "  selection rules: " + selections + "\n"
                + String.format("  exclusions per decision: %.1f on average", exclusions / (double) n);
    }

    /** The choices of one decision, and what the rules report with them. */
    public record Outcome(RiskLevel riskLevel, Set<RiskFlag> flags, String centre, List<String> routingRules,
                          String mediator, String selectionRule, List<String> exclusions) {

        boolean sameChoicesAs(Outcome other) {
            return riskLevel == other.riskLevel && flags.equals(other.flags) && centre.equals(other.centre)
                    && routingRules.equals(other.routingRules) && Objects.equals(mediator, other.mediator)
                    && Objects.equals(selectionRule, other.selectionRule) && sorted(exclusions).equals(sorted(other.exclusions));
        }

        private static List<String> sorted(List<String> list) {
            List<String> copy = new ArrayList<>(list);
            copy.sort(Comparator.naturalOrder());
            return copy;
        }
    }

    /** The compiled rules, the baseline and the inputs, built once per fork (and once by the runner's check). */
    record Fixture(DisputeRules rules, PlainJavaDecisions plain, List<Centre> centres, DecisionWorkload workload) {

        static Fixture create() {
            // Through ReferenceData, as the application gets them: ordered by code, service areas attached.
            ReferenceData referenceData = ReferenceDataStub.withCentres(HuzhouCentres.ALL.stream()
                    .sorted(Comparator.comparing(Centre::code)).toList());
            List<Centre> centres = referenceData.centres();
            return new Fixture(StandaloneRules.compile(referenceData, SETTINGS), new PlainJavaDecisions(SETTINGS),
                    centres, new DecisionWorkload(centres));
        }
    }
}
