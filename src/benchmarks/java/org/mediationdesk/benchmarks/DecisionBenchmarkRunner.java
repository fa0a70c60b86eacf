package org.mediationdesk.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DecisionBenchmark} (settings on its annotations) and prints a summary table: throughput with its
 * 99.9% error, p50 and p99 of the sampled times, allocation per operation, and the plain-Java / rules ratio of
 * this one run. {@code mvn -q -Pbenchmarks test-compile exec:exec}; see {@code docs/benchmarks.md}.
 */
public final class DecisionBenchmarkRunner {

    private DecisionBenchmarkRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        // Fail fast, before any fork: the baseline must make the same choices as the rules.
        System.out.println(DecisionBenchmark.verify(DecisionBenchmark.Fixture.create()));

        Options options = new OptionsBuilder()
                .include(DecisionBenchmark.class.getName() + "\\.")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result("target/jmh-decision-benchmark.json")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println(summary(results));
    }

    static String summary(Collection<RunResult> results) {
        Map<String, RunResult> byMethod = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            byMethod.put(label.substring(label.lastIndexOf('.') + 1), result);
        }
        StringBuilder out = new StringBuilder();
        out.append("| implementation | ops/s (± 99.9% error) | p50 µs | p99 µs | B/op |\n");
        out.append("|---|---|---|---|---|\n");
        double rules = row(out, "Drools rules", byMethod.get("rulesThroughput"), byMethod.get("rulesSampleTime"));
        double plain = row(out, "plain Java", byMethod.get("plainJavaThroughput"),
                byMethod.get("plainJavaSampleTime"));
        if (rules > 0 && plain > 0) {
            out.append(String.format("%nplain Java / rules throughput ratio: %.0f×%n", plain / rules));
        }
        return out.toString();
    }

    private static double row(StringBuilder out, String name, RunResult throughput, RunResult sampleTime) {
        if (throughput == null || sampleTime == null) {
            out.append("| ").append(name).append(" | (missing) | | | |\n");
            return 0;
        }
        Result<?> ops = throughput.getPrimaryResult();
        Result<?> times = sampleTime.getPrimaryResult();
        Result<?> alloc = throughput.getSecondaryResults().get("gc.alloc.rate.norm");
        out.append(String.format("| %s | %,.0f ± %,.0f | %.1f | %.1f | %s |%n", name, ops.getScore(),
                ops.getScoreError(), times.getStatistics().getPercentile(50), times.getStatistics().getPercentile(99),
                alloc == null ? "?" : String.format("%,.0f", alloc.getScore())));
        return ops.getScore();
    }
}
