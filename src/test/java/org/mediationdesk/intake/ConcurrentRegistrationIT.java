package org.mediationdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Case numbers and Idempotency-Keys hold when many registrations arrive at once. */
@ApplicationTest
class ConcurrentRegistrationIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentRegistrationsGetFiftyDistinctCaseNumbers() throws Exception {
        List<ResponseEntity<JsonNode>> responses = concurrently(50, i -> ApiClient.as(rest, "clerk")
                .postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString()));

        assertThat(responses).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        List<String> numbers = responses.stream().map(r -> r.getBody().get("caseNumber").asText()).toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number IN ("
                + String.join(",", numbers.stream().map(n -> "'" + n + "'").toList()) + ")", Long.class)).isEqualTo(50);
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheSameCase() {
        var clerk = ApiClient.as(rest, "clerk");
        String body = Disputes.fisheryDisputeInLinghu().toString();
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + System.nanoTime());

        var first = clerk.postJson("/api/cases", body, key);
        var retry = clerk.postJson("/api/cases", body, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getBody().get("caseNumber")).isEqualTo(first.getBody().get("caseNumber"));
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(casesNumbered(first.getBody().get("caseNumber").asText())).isEqualTo(1);
    }

    @Test
    void anotherUsersSameIdempotencyKeyIsTheirOwnAndNeverReturnsTheFirstUsersCase() {
        String body = Disputes.fisheryDisputeInLinghu().toString();
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + System.nanoTime());

        var clerks = ApiClient.as(rest, "clerk").postJson("/api/cases", body, key);
        var managers = ApiClient.as(rest, "nanxun.manager").postJson("/api/cases", body, key);
        var otherCentre = ApiClient.as(rest, "feiying.mediator").postJson("/api/cases", body, key);

        assertThat(clerks.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(managers.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(managers.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(managers.getBody().get("caseNumber")).isNotEqualTo(clerks.getBody().get("caseNumber"));
        assertThat(otherCentre.getStatusCode()).as("no 403 that tells the key exists").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneCase() throws Exception {
        String body = Disputes.fisheryDisputeInLinghu().toString();
        Map<String, String> key = Map.of("Idempotency-Key", "burst-" + System.nanoTime());
        long casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case", Long.class);

        List<ResponseEntity<JsonNode>> responses = concurrently(10, i -> ApiClient.as(rest, "clerk")
                .postJson("/api/cases", body, key));

        assertThat(responses).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        assertThat(responses.stream().map(r -> r.getBody().get("caseNumber").asText()).distinct()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case", Long.class)).isEqualTo(casesBefore + 1);
    }

    @Test
    void sameIdempotencyKeyWithADifferentDisputeIsRefused() {
        var clerk = ApiClient.as(rest, "clerk");
        Map<String, String> key = Map.of("Idempotency-Key", "mixup-" + System.nanoTime());
        clerk.postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString(), key);

        var other = clerk.postJson("/api/cases", Disputes.fisheryDisputeInLinghu().put("peopleInvolved", 3).toString(), key);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void overLongIdempotencyKeyIsRefused() {
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString(),
                Map.of("Idempotency-Key", "k".repeat(129)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }

    private long casesNumbered(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number = ?", Long.class, caseNumber);
    }

    private interface Call<T> {
        T call(int index) throws Exception;
    }

    private static <T> List<T> concurrently(int count, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<T>> calls = IntStream.range(0, count).<Callable<T>>mapToObj(i -> () -> call.call(i)).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
