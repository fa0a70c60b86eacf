package org.mediationdesk.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.StoredSecrets;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The signed event feed against a real HTTP receiver (WireMock): a court's case ends its mediation, and the
 * court's receiver gets the outcome with a signature it can check, after failing once; a receiver that keeps
 * failing leaves a dead letter that an administrator replays; nodes racing for one delivery send it once. Retries come quickly in tests (config/application.yml).
 */
@ApplicationTest
class EventFeedIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WireMockServer receiver = new WireMockServer(options().dynamicPort());

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    WebhookDeliveryMapper deliveries;
    @Autowired
    WebhookSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StoredSecrets secrets;

    private Workflow workflow;

    @BeforeAll
    static void startReceiver() {
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void courtReceivesTheOutcomeSignedAfterItsReceiverFailedOnce() throws Exception {
        CourtCases.Court court = CourtCases.newCourt(context);
        String courtCode = court.code();
        String path = "/court/" + courtCode;
        receiver.stubFor(post(urlEqualTo(path)).inScenario(courtCode).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(courtCode).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(204)));
        JsonNode subscription = subscribe(courtCode, path, "MEDIATION_ENDED");
        String secret = subscription.get("secret").asText();
        assertThat(jdbc.queryForObject("SELECT secret FROM webhook_subscription WHERE id = ?", String.class,
                subscription.at("/subscription/id").asLong())).as("sealed at rest").doesNotContain(secret);
        String courtCaseNumber = "（2026）浙0503民诉前调" + System.nanoTime() + "号";
        String caseNumber = entrust(court, courtCaseNumber);

        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"FAILED\", \"note\": \"双方分歧过大\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                receiver.verify(2, postRequestedFor(urlEqualTo(path))));
        List<LoggedRequest> received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        for (LoggedRequest request : received) {
            String timestamp = request.getHeader("X-MediationDesk-Timestamp");
            assertThat(request.getHeader("X-MediationDesk-Signature"))
                    .isEqualTo(signature(secret, timestamp, request.getBodyAsString()));
        }
        assertThat(received.stream().map(request -> request.getHeader("X-MediationDesk-Event-Id")).distinct())
                .as("one event, sent twice").hasSize(1);
        JsonNode event = JSON.readTree(received.get(1).getBodyAsString());
        assertThat(event.get("eventType").asText()).isEqualTo("MEDIATION_ENDED");
        assertThat(event.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(event.get("courtCode").asText()).isEqualTo(courtCode);
        assertThat(event.get("courtCaseNumber").asText()).isEqualTo(courtCaseNumber);
        assertThat(event.get("result").asText()).isEqualTo("FAILED");
        assertThat(event.get("occurredAt").asText()).endsWith("+08:00");
        assertThat(received.get(1).getBodyAsString()).doesNotContain("13857201234", "沈建国");
        long subscriptionId = subscription.at("/subscription/id").asLong();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode delivery = admin().get("/api/admin/webhooks/" + subscriptionId + "/deliveries").getBody().get(0);
            assertThat(delivery.get("state").asText()).isEqualTo("DELIVERED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
            assertThat(delivery.get("lastStatus").asInt()).isEqualTo(204);
        });
    }

    @Test
    void deliveryThatKeepsFailingBecomesADeadLetterAndIsSentAgainOnReplay() {
        CourtCases.Court court = CourtCases.newCourt(context);
        String courtCode = court.code();
        String path = "/court/" + courtCode;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503)));
        subscribe(courtCode, path, "CASE_ACCEPTED");
        String caseNumber = entrust(court, "（2026）浙0503民诉前调" + System.nanoTime() + "号");

        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(caseNumber),
                letter -> letter != null);
        assertThat(deadLetter.get("attempts").asInt()).isEqualTo(3);
        assertThat(deadLetter.get("lastError").asText()).isEqualTo("HTTP 503");
        receiver.verify(3, postRequestedFor(urlEqualTo(path)));
        String eventId = receiver.findAll(postRequestedFor(urlEqualTo(path))).get(0).getHeader("X-MediationDesk-Event-Id");

        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        ResponseEntity<JsonNode> replay = admin().postJson("/api/admin/webhooks/deliveries/"
                + deadLetter.get("id").asLong() + "/replay", "");

        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                receiver.verify(4, postRequestedFor(urlEqualTo(path))));
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path))))
                .extracting(request -> request.getHeader("X-MediationDesk-Event-Id")).containsOnly(eventId);
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetterOf(caseNumber) == null);
        assertThat(admin().postJson("/api/admin/webhooks/deliveries/" + deadLetter.get("id").asLong() + "/replay", "")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void nodesRacingForOneDeliverySendItOnce() throws Exception {
        CourtCases.Court court = CourtCases.newCourt(context);
        String courtCode = court.code();
        String path = "/court/" + courtCode;
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(300)));
        subscribe(courtCode, path, "CASE_ACCEPTED");
        String caseNumber = entrust(court, "（2026）浙0503民诉前调" + System.nanoTime() + "号");
        List<FeedDeliveryJob> nodes = List.of(new FeedDeliveryJob(deliveries, settings, secrets, clock),
                new FeedDeliveryJob(deliveries, settings, secrets, clock), new FeedDeliveryJob(deliveries, settings, secrets, clock));
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (Future<?> run : threads.invokeAll(nodes.stream().map(node -> (Callable<Object>) () -> {
                    node.sendDue();
                    return null;
                }).toList())) {
                    run.get();
                }
                return !receiver.findAll(postRequestedFor(urlEqualTo(path))).isEmpty();
            });
        } finally {
            threads.shutdown();
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                receiver.verify(1, postRequestedFor(urlEqualTo(path))));
    }

    @Test
    void subscriptionWithoutAWebAddressIsRefusedNamingTheField() {
        ResponseEntity<JsonNode> response = admin().postJson("/api/admin/webhooks",
                "{\"name\": \"省平台\", \"url\": \"ftp://example.org/feed\", \"eventTypes\": []}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("url", "eventTypes");
        assertThat(ApiClient.as(rest, "clerk").get("/api/admin/webhooks").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private JsonNode subscribe(String courtCode, String path, String eventType) {
        ResponseEntity<JsonNode> created = admin().postJson("/api/admin/webhooks", """
                {"name": "南浔法院诉调对接", "url": "%s", "eventTypes": ["%s"], "courtCode": "%s"}"""
                .formatted(receiver.baseUrl() + path, eventType, courtCode));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private String entrust(CourtCases.Court court, String courtCaseNumber) {
        ResponseEntity<JsonNode> response = ApiClient.as(rest, court.account())
                .postJson("/api/court/cases", CourtCases.entrusted(court.code(), courtCaseNumber).toString());
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private JsonNode deadLetterOf(String caseNumber) {
        for (JsonNode letter : admin().get("/api/admin/webhooks/dead-letters").getBody()) {
            if (letter.get("caseNumber").asText().equals(caseNumber)) {
                return letter;
            }
        }
        return null;
    }

    private ApiClient admin() {
        return ApiClient.as(rest, "admin");
    }

    private static String signature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
