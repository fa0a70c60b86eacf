package org.mediationdesk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.ReferenceDataStub;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.StandaloneRules;

/**
 * {@link RuleSessionBoundsBenchmark}'s question on a shared, busy machine: the three kinds of session
 * take turns in short blocks within one JVM, and each block is timed by the thread's CPU time, so
 * other processes' load hits all kinds alike and what is compared is work done, not time waited.
 * Prints the CPU time per decision of each kind and the median of the per-round ratios.
 * {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.benchmarks.RuleSessionBoundsInterleaved -Dbenchmark.args=40}
 */
public final class RuleSessionBoundsInterleaved {

    private static final int BLOCK = 500;
    private static final int WARM_UP_BLOCKS = 20;

    private RuleSessionBoundsInterleaved() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 40;
        ReferenceData referenceData = ReferenceDataStub.withCentres(HuzhouCentres.ALL.stream()
                .sorted(Comparator.comparing(Centre::code)).toList());
        Map<String, DisputeRules> kinds = new LinkedHashMap<>();
        kinds.put("unguarded", StandaloneRules.unguarded(referenceData, DecisionBenchmark.SETTINGS));
        kinds.put("guarded", StandaloneRules.compile(referenceData, DecisionBenchmark.SETTINGS));
        kinds.put("onTrial", StandaloneRules.onTrial(referenceData, DecisionBenchmark.SETTINGS));
        DecisionWorkload.Dispute[] disputes = new DecisionWorkload(referenceData.centres()).disputes
                .toArray(DecisionWorkload.Dispute[]::new);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = new ArrayList<>(kinds.keySet());

        for (int block = 0; block < WARM_UP_BLOCKS; block++) {
            kinds.values().forEach(rules -> run(rules, disputes));
        }
        Map<String, double[]> micros = new LinkedHashMap<>();
        names.forEach(name -> micros.put(name, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < names.size(); turn++) {
                String name = names.get((round + turn) % names.size());
                long before = threads.getCurrentThreadCpuTime();
                run(kinds.get(name), disputes);
                micros.get(name)[round] = (threads.getCurrentThreadCpuTime() - before) / 1_000.0 / BLOCK;
            }
        }
        print(micros, rounds);
    }

    private static void run(DisputeRules rules, DecisionWorkload.Dispute[] disputes) {
        for (int i = 0; i < BLOCK; i++) {
            if (DecisionBenchmark.decideWithRules(rules, disputes[i % disputes.length]) == null) {
                throw new IllegalStateException("no decision");
            }
        }
    }

    private static void print(Map<String, double[]> micros, int rounds) {
        double[] unguarded = micros.get("unguarded");
        System.out.printf("%n%d rounds of %d decisions per kind, CPU time of the deciding thread%n%n", rounds, BLOCK);
        System.out.println("| sessions | median µs CPU/decision | median of per-round ratio to unguarded | middle half of ratios |");
        System.out.println("|---|---|---|---|");
        micros.forEach((name, values) -> {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = values[round] / unguarded[round];
            }
            System.out.printf("| %s | %.1f | %+.1f%% | %+.1f%% … %+.1f%% |%n", name, median(values),
                    (median(ratios) - 1) * 100, (quantile(ratios, 0.25) - 1) * 100, (quantile(ratios, 0.75) - 1) * 100);
        });
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
