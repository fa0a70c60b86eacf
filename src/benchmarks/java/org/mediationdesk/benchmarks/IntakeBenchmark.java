package org.mediationdesk.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.Disputes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Intake throughput on MariaDB/MySQL, three ways in the same run, in alternating rounds:
 * <ol>
 *   <li>end to end: {@code POST /api/cases} over HTTP with a personal access token (as an integration
 *       sends), validation, rules, case rows, the process start, all on the application;</li>
 *   <li>in process: {@code CaseRegistrationService.register} called directly (no HTTP, no password check);</li>
 *   <li>bare Camunda: a standalone engine on its own database of the same server, history level
 *       {@code audit}, starting {@link BareDisputeProcess} (same shape up to the waiting acceptance task).</li>
 * </ol>
 * Not a test. {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.benchmarks.IntakeBenchmark
 * -Dbenchmark.args="jdbc:mysql://127.0.0.1:3306 300 4"} (server URL without a database, registrations
 * per round and mode, client threads). It drops and creates the databases {@code bench_intake} and
 * {@code bench_bare}. After the timed rounds it counts, for each way, the statements one registration sends
 * ({@link StatementCounter}) and the server's prepared-statement round trips.
 */
public final class IntakeBenchmark {

    private static final String COUNTER = StatementCounter.class.getName();
    private static final String DRIVER_PROPERTIES = "sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
            + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&rewriteBatchedStatements=true"
            + "&queryInterceptors=" + COUNTER;

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // exec:exec hands -Dbenchmark.args over as one argument.
        args = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String server = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306";
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        recreate(server, "bench_intake");
        recreate(server, "bench_bare");
        try (ConfigurableApplicationContext app = startApplication(server + "/bench_intake");
             HikariDataSource bareDataSource = dataSource(server + "/bench_bare?" + DRIVER_PROPERTIES)) {
            ProcessEngine bare = bareEngine(bareDataSource);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            CaseRegistrationService registration = app.getBean(CaseRegistrationService.class);
            AppUser clerk = (AppUser) app.getBean(UserDetailsService.class).loadUserByUsername("clerk");
            RegisterCaseRequest request = new ObjectMapper().findAndRegisterModules()
                    .readValue(Disputes.fisheryDisputeInLinghu().toString(), RegisterCaseRequest.class);
            HttpClient http = HttpClient.newHttpClient();
            String basic = "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + accessToken(http, port, basic);
            AtomicInteger sequence = new AtomicInteger();

            Mode endToEnd = () -> {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Disputes.fisheryDisputeInLinghu().toString()))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
            };
            Mode inProcess = () -> registration.register(request, null, clerk);
            Mode bareCamunda = () -> bare.getRuntimeService().startProcessInstanceByKey(BareDisputeProcess.KEY,
                    "BARE-" + sequence.incrementAndGet(), Map.of("caseId", (long) sequence.get(),
                            "caseNumber", "BARE-" + sequence.get()));

            System.out.printf("warm-up: %d of each%n", perRound / 3);
            run(endToEnd, perRound / 3, threads);
            run(inProcess, perRound / 3, threads);
            run(bareCamunda, perRound / 3, threads);
            System.out.printf("%-36s %10s %9s %9s %9s%n", "round / mode", "per s", "p50 ms", "p95 ms", "p99 ms");
            for (int round = 1; round <= 2; round++) {
                Result e2e = run(endToEnd, perRound, threads);
                Result direct = run(inProcess, perRound, threads);
                Result engine = run(bareCamunda, perRound, threads);
                print(round, "end to end (HTTP, access token)", e2e);
                print(round, "in process (service call)", direct);
                print(round, "bare Camunda (same shape, audit)", engine);
                System.out.printf("round %d ratios to bare Camunda: end to end %.2f×, in process %.2f×%n", round,
                        e2e.perSecond / engine.perSecond, direct.perSecond / engine.perSecond);
            }
            System.out.println("statements per registration, one client thread, 50 registrations:");
            countStatements("end to end (HTTP, access token)", endToEnd, server);
            countStatements("in process (service call)", inProcess, server);
            countStatements("bare Camunda (same shape, audit)", bareCamunda, server);
            bare.close();
        }
    }

    private static String accessToken(HttpClient http, int port, String basic) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/account/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"days\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("token").asText();
    }

    /** Statements sent by the way's own threads, and the server's prepared-statement counters (all clients). */
    private static void countStatements(String name, Mode mode, String server) throws Exception {
        int registrations = 50;
        StatementCounter.reset();
        Map<String, Long> before = serverCounters(server);
        run(mode, registrations, 1);
        Map<String, Long> after = serverCounters(server);
        StringBuilder line = new StringBuilder(String.format("%-36s", name));
        StatementCounter.counts().forEach((word, count) ->
                line.append(String.format(" %s %.1f", word, count / (double) registrations)));
        after.forEach((counter, value) -> line.append(String.format(" | %s %.1f", counter,
                (value - before.get(counter)) / (double) registrations)));
        System.out.println(line);
    }

    private static Map<String, Long> serverCounters(String server) throws Exception {
        Map<String, Long> counters = new TreeMap<>();
        try (var connection = DriverManager.getConnection(server + "/", "root", "");
             var rows = connection.createStatement().executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                     + " ('Com_stmt_prepare', 'Com_stmt_execute', 'Com_stmt_close', 'Questions')")) {
            while (rows.next()) {
                counters.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counters;
    }

    private static ConfigurableApplicationContext startApplication(String url) {
        return new SpringApplicationBuilder(MediationDeskApplication.class).profiles("mysql").run(
                "--server.port=0", "--spring.datasource.url=" + url + "?queryInterceptors=" + COUNTER,
                "--spring.datasource.username=root",
                "--spring.datasource.password=", "--mediationdesk.security.bcrypt-strength=10",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    private static ProcessEngine bareEngine(HikariDataSource dataSource) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        // The Spring Boot starter's id generator, as the application uses.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        configuration.setProcessEngineName("bare");
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", BareDisputeProcess.model())
                .deploy();
        return engine;
    }

    private static HikariDataSource dataSource(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("root");
        config.setPassword("");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    private static void recreate(String server, String database) throws Exception {
        try (var connection = DriverManager.getConnection(server + "/", "root", "")) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            connection.createStatement().execute("CREATE DATABASE " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static Result run(Mode mode, int count, int threads) throws Exception {
        Histogram latency = new ConcurrentHistogram(3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger client = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                task -> new Thread(task, StatementCounter.CLIENT_THREAD + client.incrementAndGet()));
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < count) {
                    long began = System.nanoTime();
                    mode.once();
                    latency.recordValue((System.nanoTime() - began) / 1000);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new Result(count / ((System.nanoTime() - start) / 1e9), latency);
    }

    private static void print(int round, String mode, Result result) {
        System.out.printf("%-36s %10.1f %9.1f %9.1f %9.1f%n", round + " " + mode, result.perSecond,
                result.latency.getValueAtPercentile(50) / 1000.0, result.latency.getValueAtPercentile(95) / 1000.0,
                result.latency.getValueAtPercentile(99) / 1000.0);
    }

    private interface Mode {
        void once() throws Exception;
    }

    private record Result(double perSecond, Histogram latency) {
    }
}
