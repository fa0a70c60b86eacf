package org.mediationdesk.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.ReferenceDataStub;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.StandaloneRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What bounding rule sessions costs: {@link DecisionBenchmark}'s full decision (triage, routing over 80
 * centres, assignment among 200 mediators) in sessions without bounds ({@code unguarded}, the engine as
 * it was), bounded as live decisions are ({@code guarded}: firings, time and memory checked after every
 * firing), and bounded with a draft's hard-stop watchdog ({@code onTrial}). Same rules, same disputes,
 * one run; see {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dfile.encoding=UTF-8"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class RuleSessionBoundsBenchmark {

    @Param({"unguarded", "guarded", "onTrial"})
    public String sessions;

    private DisputeRules rules;
    private DecisionWorkload.Dispute[] disputes;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ReferenceData referenceData = ReferenceDataStub.withCentres(HuzhouCentres.ALL.stream()
                .sorted(java.util.Comparator.comparing(Centre::code)).toList());
        List<Centre> centres = referenceData.centres();
        rules = switch (sessions) {
            case "unguarded" -> StandaloneRules.unguarded(referenceData, DecisionBenchmark.SETTINGS);
            case "guarded" -> StandaloneRules.compile(referenceData, DecisionBenchmark.SETTINGS);
            case "onTrial" -> StandaloneRules.onTrial(referenceData, DecisionBenchmark.SETTINGS);
            default -> throw new IllegalArgumentException(sessions);
        };
        disputes = new DecisionWorkload(centres).disputes.toArray(DecisionWorkload.Dispute[]::new);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public DecisionBenchmark.Outcome decide() {
        DecisionWorkload.Dispute dispute = disputes[next];
        next = next + 1 == disputes.length ? 0 : next + 1;
        return DecisionBenchmark.decideWithRules(rules, dispute);
    }
}
