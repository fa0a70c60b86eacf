package org.mediationdesk.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.AppNode;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.PrivateMariaDb;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database dies (SIGKILL) and comes back in the middle of a registration load: the application
 * recovers by itself, every registration answered 201 is stored exactly once, and a client that
 * retries with its Idempotency-Key gets the same case. Runs against a private MariaDB it starts
 * itself: {@code mvn verify -Pfaults}.
 */
class DatabaseRestartFaultIT {

    private static final int CLIENTS = 4;
    /** Registrations stored before the kill, and again after the restart, before the load stops. */
    private static final int REGISTRATIONS_PER_PHASE = 5 * CLIENTS;
    private static final Duration PHASE_LIMIT = Duration.ofMinutes(2);

    private final Map<String, String> caseByKey = new ConcurrentHashMap<>();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> unexpectedAnswers = new CopyOnWriteArrayList<>();

    @Test
    void registrationsSurviveADatabaseRestartExactlyOnce() throws Exception {
        try (PrivateMariaDb db = PrivateMariaDb.start(Path.of("target", "faultdb"));
             AppNode node = AppNode.start("fault-node", "spring.profiles.active=mysql",
                     "spring.datasource.url=" + db.jdbcUrl(), "spring.datasource.username=root",
                     "spring.datasource.password=")) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> load = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                load.add(clients.submit(() -> registerUntilStopped(node, id)));
            }

            awaitRegistrations(REGISTRATIONS_PER_PHASE, "before the kill");
            int storedBeforeKill = caseByKey.size();
            int failedBeforeKill = failedAttempts.get();
            db.kill();
            await("every client meets the outage").atMost(PHASE_LIMIT)
                    .until(() -> failedAttempts.get() >= failedBeforeKill + CLIENTS);
            db.restart();
            int storedAtRestart = caseByKey.size();
            awaitRegistrations(storedAtRestart + REGISTRATIONS_PER_PHASE, "after the restart");
            running.set(false);
            for (Future<?> each : load) {
                each.get();
            }
            clients.shutdown();

            assertThat(unexpectedAnswers).as("answers other than 201 and 5xx (the outage)").isEmpty();
            assertThat(storedBeforeKill).as("registrations before the kill").isPositive();
            assertThat(failedAttempts.get()).as("attempts that failed while the database was down").isPositive();
            JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
            for (var registered : caseByKey.entrySet()) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case c JOIN registration_key k "
                                + "ON k.case_id = c.id WHERE k.idempotency_key = ?", Long.class, registered.getKey()))
                        .as("cases stored for key %s", registered.getKey()).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number = ?",
                        Long.class, registered.getValue())).isEqualTo(1);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?",
                        Long.class, registered.getValue())).isEqualTo(1);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration_key", Long.class))
                    .as("keys stored: one per client request that eventually got its 201").isEqualTo(caseByKey.size());
            for (var registered : caseByKey.entrySet()) {
                var replay = node.as("clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString(),
                        Map.of("Idempotency-Key", registered.getKey()));
                assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                assertThat(replay.getBody().get("caseNumber").asText()).isEqualTo(registered.getValue());
                assertThat(replay.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
            }
        }
    }

    /** A client as it should be written: one key per dispute, retried until it gets its 201. */
    private void registerUntilStopped(AppNode node, int client) {
        int sequence = 0;
        while (running.get()) {
            String key = "fault-" + client + "-" + sequence++;
            boolean stored = false;
            while (!stored && running.get()) {
                try {
                    var response = node.as("clerk").postJson("/api/cases",
                            Disputes.fisheryDisputeInLinghu().toString(), Map.of("Idempotency-Key", key));
                    if (response.getStatusCode() == HttpStatus.CREATED) {
                        caseByKey.put(key, response.getBody().get("caseNumber").asText());
                        stored = true;
                    } else {
                        if (!response.getStatusCode().is5xxServerError()) {
                            unexpectedAnswers.add(response.getStatusCode() + " " + response.getBody());
                        }
                        failedAttempts.incrementAndGet();
                        pause();
                    }
                } catch (RuntimeException e) {
                    failedAttempts.incrementAndGet();
                    pause();
                }
            }
        }
    }

    private void awaitRegistrations(int count, String when) {
        await("%d registrations stored %s; unexpected answers: %s".formatted(count, when, unexpectedAnswers))
                .atMost(PHASE_LIMIT).until(() -> caseByKey.size() >= count);
    }

    /** The client's back-off between retries, not a wait for the test. */
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
