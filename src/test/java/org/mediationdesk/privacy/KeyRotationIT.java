package org.mediationdesk.privacy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.PersonalDataMask;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Key rotation while the system runs: rows written under one key, an administrator rotates to the other
 * (the test configuration has versions 1 and 2) while clerks keep registering, and afterwards every row is
 * under the new key and readable, and no registration failed. Runs on H2 and on MariaDB.
 */
@ApplicationTest
class KeyRotationIT {

    private static final int BEFORE = 5;
    private static final int DURING = 30;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KeyRotation keyRotation;
    @Autowired
    PersonalDataCipher cipher;

    @Test
    void rotatingWhileDisputesAreRegisteredReEncryptsEveryRowAndFailsNoRegistration() throws Exception {
        keyRotation.resealNow();
        int from = keyRotation.status().activeKeyVersion();
        int to = from == 1 ? 2 : 1;
        Map<String, String> idNumbers = new ConcurrentHashMap<>();
        for (int i = 0; i < BEFORE; i++) {
            register(idNumbers);
        }
        assertThat(rowsUnder(from)).isGreaterThanOrEqualTo(BEFORE);

        ExecutorService clerks = Executors.newFixedThreadPool(3);
        CountDownLatch someRegistered = new CountDownLatch(DURING / 3);
        List<Future<HttpStatus>> registrations = new ArrayList<>();
        for (int i = 0; i < DURING; i++) {
            registrations.add(clerks.submit(() -> {
                HttpStatus status = register(idNumbers);
                someRegistered.countDown();
                return status;
            }));
        }
        assertThat(someRegistered.await(3, TimeUnit.MINUTES)).isTrue();
        ResponseEntity<JsonNode> rotated = ApiClient.as(rest, "admin").postJson("/api/admin/personal-data-keys/rotation",
                "{\"keyVersion\": " + to + "}");
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> registration : registrations) {
            statuses.add(registration.get(3, TimeUnit.MINUTES));
        }
        clerks.shutdown();

        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(rotated.getBody().get("activeKeyVersion").asInt()).isEqualTo(to);
        assertThat(statuses).hasSize(DURING).containsOnly(HttpStatus.CREATED);
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            keyRotation.resealNow();
            return keyRotation.status().rotationFinished();
        });
        assertThat(rowsUnder(from)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_party WHERE id_number LIKE ? OR phone LIKE ?",
                Integer.class, "k" + from + ":%", "k" + from + ":%")).isZero();
        List<String> opened = jdbc.query("SELECT id_number, phone FROM case_party", (row, i) ->
                cipher.open(row.getString(1)) + " " + cipher.open(row.getString(2)));
        assertThat(opened).isNotEmpty();
        assertThat(idNumbers).hasSize(BEFORE + DURING);
        idNumbers.forEach((caseNumber, idNumber) ->
                assertThat(ApiClient.as(rest, "clerk").get("/api/cases/" + caseNumber).getBody().at("/parties/0/idNumber")
                        .asText()).as(caseNumber).isEqualTo(PersonalDataMask.idNumber(idNumber)));
    }

    @Test
    void onlyAnAdministratorRotatesAndOnlyToAConfiguredKey() {
        assertThat(ApiClient.as(rest, "nanxun.manager").postJson("/api/admin/personal-data-keys/rotation",
                "{\"keyVersion\": 1}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "clerk").get("/api/admin/personal-data-keys").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> unknown = ApiClient.as(rest, "admin").postJson("/api/admin/personal-data-keys/rotation",
                "{\"keyVersion\": 9}");

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().at("/errors/0/field").asText()).isEqualTo("keyVersion");
        assertThat(unknown.getBody().at("/errors/0/message").asText()).contains("9");
        assertThat(ApiClient.as(rest, "admin").get("/api/admin/personal-data-keys").getBody()
                .get("configuredKeyVersions")).hasSize(2);
    }

    private HttpStatus register(Map<String, String> idNumbers) {
        String idNumber = TestParties.idNumber();
        ResponseEntity<JsonNode> created = ApiClient.as(rest, "clerk").postJson("/api/cases",
                TestParties.disputeOf("轮换" + idNumber.substring(14), idNumber, TestParties.phone()).toString());
        if (created.getStatusCode() == HttpStatus.CREATED) {
            idNumbers.put(created.getBody().get("caseNumber").asText(), idNumber);
        }
        return HttpStatus.valueOf(created.getStatusCode().value());
    }

    private int rowsUnder(int version) {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM case_party WHERE pii_key_version = ?) "
                + "+ (SELECT COUNT(*) FROM mediator_conflict WHERE pii_key_version = ?)", Integer.class, version, version);
    }
}
