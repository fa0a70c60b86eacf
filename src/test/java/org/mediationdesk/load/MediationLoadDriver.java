package org.mediationdesk.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.mediationdesk.support.Disputes;

/**
 * Load driver: registers fishery disputes over the HTTP API as {@code clerk} and works each one to
 * closure as the demo mediators would (accept; mediate; half are withdrawn, half fail and are
 * referred to arbitration), then reports throughput and latency percentiles per step. Needs a
 * running application with the demo accounts (README, "Load driver"); any database.
 *
 * <pre>
 * mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.load.MediationLoadDriver \
 *     -Dbenchmark.args="--url http://localhost:8080 --cases 200 --threads 4"
 * </pre>
 * Tasks are looked up through Camunda's REST API as {@code admin} (the task API lists work lists,
 * not one case's tasks); those look-ups are timed separately and not counted in the steps.
 */
public final class MediationLoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "demo";
    private static final String ACCEPTING_MEDIATOR = "linghu.mediator";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Histogram> steps = new LinkedHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    MediationLoadDriver(String baseUrl) {
        this.baseUrl = baseUrl;
        for (String step : List.of("register", "accept (claim + complete)", "mediate (claim + complete)",
                "refer (claim + complete)", "whole case, closed", "task look-up (engine-rest)")) {
            steps.put(step, new ConcurrentHistogram(3));
        }
    }

    public static void main(String[] args) throws Exception {
        // exec:exec hands -Dbenchmark.args over as one argument.
        args = args.length == 1 ? args[0].trim().split("\\s+") : args;
        Map<String, String> options = options(args);
        int cases = Integer.parseInt(options.getOrDefault("cases", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        MediationLoadDriver driver = new MediationLoadDriver(options.getOrDefault("url", "http://localhost:8080"));
        driver.run(cases, threads);
    }

    void run(int cases, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int closed = 0;
                for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
                    try {
                        closeOneCase(i);
                        closed++;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("case " + i + " failed: " + e.getMessage());
                    }
                }
                return closed;
            }));
        }
        int closed = 0;
        for (Future<Integer> worker : workers) {
            closed += worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        report(cases, threads, closed, seconds);
    }

    private void closeOneCase(int index) throws Exception {
        long caseStart = System.nanoTime();
        var body = Disputes.fisheryDisputeInLinghu();
        body.put("description", "鱼塘排水纠纷（负载测试 " + run + "-" + index + "）");
        long t = System.nanoTime();
        JsonNode registered = expect(201, send("clerk", "POST", "/api/cases", body.toString(),
                "load-" + run + "-" + index));
        steps.get("register").recordValue(micros(t));
        String caseNumber = registered.get("caseNumber").asText();

        work(caseNumber, "acceptCase", ACCEPTING_MEDIATOR, "{\"decision\": \"ACCEPT\"}", "accept (claim + complete)");
        boolean withdrawn = index % 2 == 0;
        String mediator = work(caseNumber, "mediate", null, withdrawn
                ? "{\"outcome\": \"WITHDRAWN\", \"note\": \"申请人撤回\"}"
                : "{\"outcome\": \"FAILED\", \"note\": \"双方分歧过大\"}", "mediate (claim + complete)");
        if (!withdrawn) {
            work(caseNumber, "referral", mediator, "{\"referredTo\": \"ARBITRATION\", \"body\": \"湖州仲裁委员会\"}",
                    "refer (claim + complete)");
        }
        JsonNode closed = expect(200, send("admin", "GET", "/api/cases/" + caseNumber, null, null));
        if (!"CLOSED".equals(closed.get("status").asText())) {
            throw new IllegalStateException(caseNumber + " ended " + closed.get("status").asText());
        }
        steps.get("whole case, closed").recordValue(micros(caseStart));
    }

    /** Claims and completes the case's task of {@code stage} as its assignee (or {@code user}); returns who did. */
    private String work(String caseNumber, String stage, String user, String data, String step) throws Exception {
        long lookup = System.nanoTime();
        JsonNode tasks = expect(200, send("admin", "GET", "/engine-rest/task?processInstanceBusinessKey="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + stage, null, null));
        steps.get("task look-up (engine-rest)").recordValue(micros(lookup));
        if (tasks.size() != 1) {
            throw new IllegalStateException(caseNumber + " has " + tasks.size() + " open " + stage + " tasks");
        }
        JsonNode task = tasks.get(0);
        String worker = user != null ? user : task.path("assignee").asText(ACCEPTING_MEDIATOR);
        long t = System.nanoTime();
        expect(204, send(worker, "POST", "/api/tasks/" + task.get("id").asText() + "/claim", "", null));
        expect(204, send(worker, "POST", "/api/tasks/" + task.get("id").asText() + "/complete", data, null));
        steps.get(step).recordValue(micros(t));
        return worker;
    }

    private HttpResponse<String> send(String user, String method, String path, String body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " → "
                    + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private void report(int cases, int threads, int closed, double seconds) {
        System.out.printf("%nMediationDesk load driver: %s, %d cases, %d client threads%n", baseUrl, cases, threads);
        System.out.printf("closed %d cases in %.1f s: %.2f cases/s closed; %d failed%n", closed, seconds,
                closed / seconds, failures.get());
        System.out.printf("%-30s %8s %9s %9s %9s %9s%n", "step (ms)", "count", "p50", "p95", "p99", "max");
        steps.forEach((step, histogram) -> {
            if (histogram.getTotalCount() > 0) {
                System.out.printf("%-30s %8d %9.1f %9.1f %9.1f %9.1f%n", step, histogram.getTotalCount(),
                        histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                        histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
            }
        });
    }

    private static long micros(long since) {
        return (System.nanoTime() - since) / 1000;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
