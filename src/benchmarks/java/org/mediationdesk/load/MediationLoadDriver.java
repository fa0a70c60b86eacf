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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * closure as the demo mediators of the 菱湖 fishery centre would (accept; mediate; half are withdrawn,
 * half hear the agencies the rules require (联合调解), fail and are referred to arbitration), then reports cases closed per second and latency
 * percentiles per step. Afterwards it reads every case it registered back through the API and
 * checks it is closed the way it was driven; any failed call or unclosed case is an error, printed,
 * and makes the exit status 1. Needs a running application with the demo accounts (README, "Load
 * driver"); any database.
 *
 * <pre>
 * mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.load.MediationLoadDriver \
 *     -Dbenchmark.args="--url http://localhost:8080 --cases 200 --threads 4 --warmup 20"
 * </pre>
 * The warm-up cases are driven and checked like the others but left out of the figures. Tasks are
 * looked up through Camunda's REST API as {@code admin} (the task API lists work lists, not one
 * case's tasks); those look-ups are timed separately, not in the steps, but are in "whole case".
 */
public final class MediationLoadDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "demo";
    private static final List<String> MEDIATORS = List.of("linghu.mediator", "linghu.mediator2");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Histogram> steps = new LinkedHashMap<>();
    private final Map<String, String> expectedClosure = new ConcurrentHashMap<>();
    private final Set<String> measured = ConcurrentHashMap.newKeySet();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    MediationLoadDriver(String baseUrl) {
        this.baseUrl = baseUrl;
        for (String step : List.of("register", "accept (claim + complete)", "mediate (claim + complete)",
                "agencies (ask + claim and answer each)", "refer (claim + complete)", "whole case", "task look-up (engine-rest)")) {
            steps.put(step, new ConcurrentHistogram(3));
        }
    }

    public static void main(String[] args) throws Exception {
        // exec:exec hands -Dbenchmark.args over as one argument.
        args = args.length == 1 ? args[0].trim().split("\\s+") : args;
        Map<String, String> options = options(args);
        int cases = Integer.parseInt(options.getOrDefault("cases", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        MediationLoadDriver driver = new MediationLoadDriver(options.getOrDefault("url", "http://localhost:8080"));
        System.exit(driver.run(warmup, cases, threads) ? 0 : 1);
    }

    /** Drives {@code warmup} cases, then {@code cases} measured ones; true when every case closed without error. */
    boolean run(int warmup, int cases, int threads) throws Exception {
        if (warmup > 0) {
            drive(0, warmup, threads, false);
            steps.values().forEach(Histogram::reset);
        }
        long start = System.nanoTime();
        drive(warmup, warmup + cases, threads, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        int closed = verifyClosed();
        report(warmup, cases, threads, closed, seconds);
        return errors.isEmpty() && closed == cases;
    }

    private void drive(int from, int to, int threads, boolean measure) throws Exception {
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        try {
                            closeOneCase(i, measure);
                        } catch (Exception e) {
                            error("case " + i + ": " + e);
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void closeOneCase(int index, boolean measure) throws Exception {
        long caseStart = System.nanoTime();
        var body = Disputes.fisheryDisputeInLinghu();
        body.put("description", "鱼塘排水纠纷（负载测试 " + run + "-" + index + "）");
        long t = System.nanoTime();
        JsonNode registered = expect(201, send("clerk", "POST", "/api/cases", body.toString(),
                "load-" + run + "-" + index));
        steps.get("register").recordValue(micros(t));
        String caseNumber = registered.get("caseNumber").asText();
        boolean withdrawn = index % 2 == 0;
        expectedClosure.put(caseNumber, withdrawn ? "TERMINATED" : "REFERRED");
        if (measure) {
            measured.add(caseNumber);
        }

        String mediator = work(caseNumber, "acceptCase", MEDIATORS.get(index % MEDIATORS.size()),
                "{\"decision\": \"ACCEPT\"}", "accept (claim + complete)");
        if (!withdrawn) {
            hearRequiredAgencies(caseNumber, mediator);
        }
        work(caseNumber, "mediate", mediator, withdrawn
                ? "{\"outcome\": \"WITHDRAWN\", \"note\": \"申请人撤回\"}"
                : "{\"outcome\": \"FAILED\", \"note\": \"双方分歧过大\"}", "mediate (claim + complete)");
        if (!withdrawn) {
            work(caseNumber, "referral", mediator, "{\"referredTo\": \"ARBITRATION\", \"body\": \"湖州仲裁委员会\"}",
                    "refer (claim + complete)");
        }
        steps.get("whole case").recordValue(micros(caseStart));
    }

    /** A failed mediation needs the fishery association and the agriculture bureau heard first. */
    private void hearRequiredAgencies(String caseNumber, String mediator) throws Exception {
        long t = System.nanoTime();
        expect(202, send(mediator, "POST", "/api/cases/" + caseNumber + "/agencies",
                "{\"agencies\": [\"FISHERY_ASSOCIATION\", \"AGRICULTURE_RURAL\"]}", null));
        JsonNode opinions = expect(200, send("admin", "GET", "/engine-rest/task?processInstanceBusinessKey="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "&taskDefinitionKey=agencyOpinion", null, null));
        for (JsonNode opinion : opinions) {
            expect(204, send(mediator, "POST", "/api/tasks/" + opinion.get("id").asText() + "/claim", "", null));
            expect(204, send(mediator, "POST", "/api/tasks/" + opinion.get("id").asText() + "/complete",
                    "{\"opinion\": \"同意调解意见\"}", null));
        }
        steps.get("agencies (ask + claim and answer each)").recordValue(micros(t));
    }

    /**
     * Claims and completes the case's open task of {@code stage} as its assignee, or as
     * {@code mediator} when nobody holds it; returns who did.
     */
    private String work(String caseNumber, String stage, String mediator, String data, String step) throws Exception {
        long lookup = System.nanoTime();
        JsonNode tasks = expect(200, send("admin", "GET", "/engine-rest/task?processInstanceBusinessKey="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "&taskDefinitionKey=" + stage, null, null));
        steps.get("task look-up (engine-rest)").recordValue(micros(lookup));
        if (tasks.size() != 1) {
            throw new IllegalStateException(caseNumber + " has " + tasks.size() + " open " + stage + " tasks");
        }
        JsonNode task = tasks.get(0);
        String worker = task.path("assignee").asText(mediator);
        long t = System.nanoTime();
        expect(204, send(worker, "POST", "/api/tasks/" + task.get("id").asText() + "/claim", "", null));
        expect(204, send(worker, "POST", "/api/tasks/" + task.get("id").asText() + "/complete", data, null));
        steps.get(step).recordValue(micros(t));
        return worker;
    }

    /**
     * Reads every registered case back and records an error for each one not closed as driven;
     * returns how many of the measured cases were.
     */
    private int verifyClosed() throws Exception {
        int closed = 0;
        for (Map.Entry<String, String> entry : expectedClosure.entrySet()) {
            JsonNode found = expect(200, send("admin", "GET", "/api/cases/" + entry.getKey(), null, null));
            String status = found.path("status").asText();
            String closure = found.path("closureType").asText();
            if ("CLOSED".equals(status) && entry.getValue().equals(closure)) {
                closed += measured.contains(entry.getKey()) ? 1 : 0;
            } else {
                error(entry.getKey() + " is " + status + " " + closure + ", expected CLOSED " + entry.getValue());
            }
        }
        return closed;
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

    private void error(String message) {
        errors.add(message);
        System.err.println("ERROR " + message);
    }

    private void report(int warmup, int cases, int threads, int closed, double seconds) {
        System.out.printf("%nMediationDesk load driver: %s, %d cases (after %d warm-up), %d client threads%n",
                baseUrl, cases, warmup, threads);
        System.out.printf("%d of %d measured cases closed as driven (read back), in %.1f s: %.2f closed cases/s%n",
                closed, cases, seconds, closed / seconds);
        System.out.printf("%d errors; %d cases registered in all (warm-up included), every one read back%n",
                errors.size(), expectedClosure.size());
        System.out.printf("%-30s %8s %9s %9s %9s %9s%n", "step (ms)", "count", "p50", "p95", "p99", "max");
        steps.forEach((step, histogram) -> {
            if (histogram.getTotalCount() > 0) {
                System.out.printf("%-30s %8d %9.1f %9.1f %9.1f %9.1f%n", step, histogram.getTotalCount(),
                        histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
                        histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
            }
        });
        if (!errors.isEmpty()) {
            System.out.printf("FAILED: %d errors (listed above)%n", errors.size());
        }
    }

    private static long micros(long since) {
        return (System.nanoTime() - since) / 1000;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (args.length % 2 != 0 || !Set.of("url", "cases", "threads", "warmup").containsAll(options.keySet())) {
            throw new IllegalArgumentException("options: --url URL --cases N --threads N --warmup N, got "
                    + String.join(" ", args));
        }
        return options;
    }
}
