package org.mediationdesk.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link DecisionBenchmark}'s full decision on two builds of the application in one JVM, taking turns: the
 * build under {@code target/} ("after") and an older build's {@code target/} ("before", e.g. a worktree of the
 * commit before a change, compiled with {@code -Pbenchmarks test-compile}). Each build is loaded in its own
 * class loader with the same libraries, so each runs its own DRL files and its own engine code; plain Java
 * ({@link PlainJavaDecisions}) takes its turn too. Each kind decides blocks of disputes in rotating order and
 * each block is timed by the thread's CPU time, so other processes' load hits every kind alike; per-decision
 * wall times give the percentiles. Before measuring, both builds must make the same choices on every dispute.
 *
 * <pre>
 * mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.benchmarks.DecisionBeforeAfter \
 *     -Dbenchmark.args="/tmp/before/target 40"
 * </pre>
 */
public final class DecisionBeforeAfter {

    private static final int BLOCK = 500;
    private static final int WARM_UP_BLOCKS = 20;

    private DecisionBeforeAfter() {
    }

    public static void main(String[] given) throws Exception {
        String[] args = String.join(" ", given).trim().split("\\s+");
        Path before = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put("rules before", Kind.rules(load(before)));
        kinds.put("rules after", Kind.rules(load(Path.of("target"))));
        kinds.put("plain Java", Kind.plainJava(load(Path.of("target"))));
        int disputes = kinds.get("rules after").disputes.size();
        for (int i = 0; i < disputes; i++) {
            String was = comparable(kinds.get("rules before").decide(i));
            String is = comparable(kinds.get("rules after").decide(i));
            if (!was.equals(is)) {
                throw new IllegalStateException("the builds decide dispute " + i + " differently\n  before: " + was
                        + "\n  after:  " + is);
            }
        }
        System.out.println("Both builds make the same choices on all " + disputes + " disputes.");

        for (int block = 0; block < WARM_UP_BLOCKS; block++) {
            for (Kind kind : kinds.values()) {
                kind.block(block, null);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = new ArrayList<>(kinds.keySet());
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, long[]> wall = new LinkedHashMap<>();
        names.forEach(name -> {
            cpu.put(name, new double[rounds]);
            wall.put(name, new long[rounds * BLOCK]);
        });
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < names.size(); turn++) {
                String name = names.get((round + turn) % names.size());
                long started = threads.getCurrentThreadCpuTime();
                kinds.get(name).block(round, new Slice(wall.get(name), round * BLOCK));
                cpu.get(name)[round] = (threads.getCurrentThreadCpuTime() - started) / 1_000.0 / BLOCK;
            }
        }
        print(cpu, wall, rounds);
    }

    /** An outcome as text, its sets and exclusions sorted: enum sets of two class loaders iterate differently. */
    private static String comparable(Object outcome) throws Exception {
        StringBuilder text = new StringBuilder();
        for (var component : outcome.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            Object value = accessor.invoke(outcome);
            if (value instanceof java.util.Collection<?> many && !component.getName().equals("routingRules")) {
                value = many.stream().map(String::valueOf).sorted().toList();
            }
            text.append(component.getName()).append('=').append(value).append("; ");
        }
        return text.toString();
    }

    private static ClassLoader load(Path target) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(target.resolve("test-classes").toUri().toURL());
        urls.add(target.resolve("classes").toUri().toURL());
        for (String jar : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (jar.endsWith(".jar") && Files.exists(Path.of(jar))) {
                urls.add(Path.of(jar).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Where a block writes its per-decision wall times. */
    private record Slice(long[] times, int from) {
    }

    /** One way of deciding, inside its own class loader, reached by reflection. */
    private static final class Kind {
        private final Object decider;
        private final Object centres;
        private final List<?> disputes;
        private final Method decide;
        private final boolean rules;
        private final ClassLoader loader;

        private Kind(ClassLoader loader, boolean rules) throws Exception {
            this.loader = loader;
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> benchmark = loader.loadClass(DecisionBenchmark.class.getName());
            Class<?> fixtureType = loader.loadClass(DecisionBenchmark.class.getName() + "$Fixture");
            Method create = fixtureType.getDeclaredMethod("create");
            create.setAccessible(true);
            Object fixture = create.invoke(null);
            this.rules = rules;
            this.decider = accessor(fixtureType, rules ? "rules" : "plain").invoke(fixture);
            this.centres = accessor(fixtureType, "centres").invoke(fixture);
            Object workload = accessor(fixtureType, "workload").invoke(fixture);
            var field = workload.getClass().getDeclaredField("disputes");
            field.setAccessible(true);
            this.disputes = (List<?>) field.get(workload);
            this.decide = Arrays.stream(benchmark.getDeclaredMethods())
                    .filter(m -> m.getName().equals(rules ? "decideWithRules" : "decideInPlainJava"))
                    .findFirst().orElseThrow();
            this.decide.setAccessible(true);
        }

        static Kind rules(ClassLoader loader) throws Exception {
            return new Kind(loader, true);
        }

        static Kind plainJava(ClassLoader loader) throws Exception {
            return new Kind(loader, false);
        }

        private static Method accessor(Class<?> type, String name) throws NoSuchMethodException {
            Method method = type.getDeclaredMethod(name);
            method.setAccessible(true);
            return method;
        }

        /** Drools finds its parts through the context class loader: each kind's own. */
        Object decide(int i) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            Object dispute = disputes.get(i % disputes.size());
            return rules ? decide.invoke(null, decider, dispute) : decide.invoke(null, decider, centres, dispute);
        }

        void block(int round, Slice slice) throws Exception {
            for (int i = 0; i < BLOCK; i++) {
                long started = System.nanoTime();
                if (decide(round * BLOCK + i) == null) {
                    throw new IllegalStateException("no decision");
                }
                if (slice != null) {
                    slice.times()[slice.from() + i] = System.nanoTime() - started;
                }
            }
        }
    }

    private static void print(Map<String, double[]> cpu, Map<String, long[]> wall, int rounds) {
        double[] plain = cpu.get("plain Java");
        double[] was = cpu.get("rules before");
        System.out.printf("%n%d rounds of %d decisions per kind; CPU time of the deciding thread per block,"
                + " wall time per decision%n%n", rounds, BLOCK);
        System.out.println("| kind | median µs CPU/decision | ratio to plain Java (median of rounds) | ratio to before"
                + " | wall p50 µs | wall p99 µs |");
        System.out.println("|---|---|---|---|---|---|");
        cpu.forEach((name, values) -> {
            double[] toPlain = new double[rounds];
            double[] toBefore = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                toPlain[round] = values[round] / plain[round];
                toBefore[round] = values[round] / was[round];
            }
            long[] times = wall.get(name).clone();
            Arrays.sort(times);
            System.out.printf("| %s | %.1f | %.1f× | %.2f× | %.1f | %.1f |%n", name, quantile(values, 0.5),
                    quantile(toPlain, 0.5), quantile(toBefore, 0.5), times[(int) (times.length * 0.50)] / 1e3,
                    times[(int) (times.length * 0.99)] / 1e3);
        });
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
