package org.mediationdesk.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.mediationdesk.support.Disputes;

/**
 * The cost of signing an API call in: the same calls as {@code clerk} with HTTP Basic (a BCrypt check each)
 * and with a personal access token (a SHA-256 and an indexed read), interleaved in rounds so both see the
 * same machine: {@code GET /api/cases/{n}} and {@code POST /api/cases}. Prints p50/p99 and calls per second of
 * each, and the ratios. Needs a running application with the demo accounts (docs/benchmarks.md).
 *
 * <pre>
 * mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.load.TokenVersusBasicDriver \
 *     -Dbenchmark.args="--url http://localhost:18081 --rounds 6 --reads 100 --registrations 20"
 * </pre>
 */
public final class TokenVersusBasicDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "clerk";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Histogram> latencies = new LinkedHashMap<>();
    private final Map<String, Long> busyNanos = new LinkedHashMap<>();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));
    private String bearer;

    private TokenVersusBasicDriver(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        args = args.length == 1 ? args[0].trim().split("\\s+") : args;
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        TokenVersusBasicDriver driver = new TokenVersusBasicDriver(options.getOrDefault("url", "http://localhost:8080"));
        driver.run(Integer.parseInt(options.getOrDefault("rounds", "6")),
                Integer.parseInt(options.getOrDefault("reads", "100")),
                Integer.parseInt(options.getOrDefault("registrations", "20")));
    }

    private void run(int rounds, int reads, int registrations) throws Exception {
        bearer = "Bearer " + JSON.readTree(expect(201, call(basic, "POST", "/api/account/tokens",
                "{\"name\": \"benchmark\", \"days\": 1}")).body()).get("token").asText();
        String caseNumber = JSON.readTree(expect(201, call(basic, "POST", "/api/cases",
                Disputes.fisheryDisputeInLinghu().toString())).body()).get("caseNumber").asText();
        for (int round = 0; round <= rounds; round++) {
            boolean warmUp = round == 0;
            for (String[] way : new String[][] {{"Basic", basic}, {"token", bearer}}) {
                time(way[0] + " GET /api/cases/{n}", warmUp, reads, () -> call(way[1], "GET", "/api/cases/" + caseNumber, null));
                time(way[0] + " POST /api/cases", warmUp, registrations,
                        () -> call(way[1], "POST", "/api/cases", Disputes.fisheryDisputeInLinghu().toString()));
            }
        }
        System.out.printf("%-28s %9s %9s %10s%n", "call", "p50 ms", "p99 ms", "calls/s");
        latencies.forEach((name, histogram) -> System.out.printf("%-28s %9.1f %9.1f %10.1f%n", name,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getTotalCount() / (busyNanos.get(name) / 1e9)));
        for (String call : new String[] {"GET /api/cases/{n}", "POST /api/cases"}) {
            Histogram withBasic = latencies.get("Basic " + call);
            Histogram withToken = latencies.get("token " + call);
            System.out.printf("%s: token p50 is %.2f× Basic's; token calls/s %.2f× Basic's%n", call,
                    withToken.getValueAtPercentile(50) / (double) withBasic.getValueAtPercentile(50),
                    (withToken.getTotalCount() / (double) busyNanos.get("token " + call))
                            / (withBasic.getTotalCount() / (double) busyNanos.get("Basic " + call)));
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private void time(String name, boolean warmUp, int times, Call call) throws Exception {
        Histogram histogram = latencies.computeIfAbsent(name, n -> new Histogram(3));
        long started = System.nanoTime();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = call.send();
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
            }
            if (!warmUp) {
                histogram.recordValue((System.nanoTime() - t) / 1000);
            }
        }
        if (!warmUp) {
            busyNanos.merge(name, System.nanoTime() - started, Long::sum);
        }
    }

    private HttpResponse<String> call(String authorization, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(60)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
