package org.mediationdesk.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RuleSessionBoundsBenchmark} and prints decisions per second and bytes per decision for each
 * kind of session, and what the bounds cost against the unbounded sessions of the same run.
 * {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.benchmarks.RuleSessionBoundsRunner}
 */
public final class RuleSessionBoundsRunner {

    private RuleSessionBoundsRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(RuleSessionBoundsBenchmark.class.getName() + "\\.")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, RunResult> bySessions = new TreeMap<>();
        results.forEach(result -> bySessions.put(result.getParams().getParam("sessions"), result));
        double unguarded = bySessions.get("unguarded").getPrimaryResult().getScore();
        System.out.println();
        System.out.println("| sessions | decisions/s (± 99.9% error) | B/decision | cost against unguarded |");
        System.out.println("|---|---|---|---|");
        for (String kind : new String[] {"unguarded", "guarded", "onTrial"}) {
            RunResult result = bySessions.get(kind);
            double score = result.getPrimaryResult().getScore();
            var allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
            System.out.printf("| %s | %,.0f ± %,.0f | %,.0f | %+.1f%% |%n", kind, score,
                    result.getPrimaryResult().getScoreError(), allocation == null ? 0 : allocation.getScore(),
                    (unguarded / score - 1) * 100);
        }
    }
}
