package org.mediationdesk.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A court's request over the size limit is refused before it is parsed, whether or not it says its length. */
@ApplicationTest
@TestPropertySource(properties = "mediationdesk.exchange.court.max-request-size=1MB")
class CourtRequestLimitIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void requestOverTheLimitIsRefusedNamingTheDocumentsWhenItsLengthIsGiven() throws Exception {
        CourtCases.Court court = CourtCases.newCourt(context);

        HttpResponse<String> response = post(court, HttpRequest.BodyPublishers.ofByteArray(overTheLimit(court.code())));

        assertRefused(response, court.code());
    }

    @Test
    void requestOverTheLimitIsRefusedAfterReadingOnlyTheLimitWhenItsLengthIsNotGiven() throws Exception {
        CourtCases.Court court = CourtCases.newCourt(context);
        byte[] body = overTheLimit(court.code());

        HttpResponse<String> response = post(court, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertRefused(response, court.code());
    }

    @Test
    void requestWithinTheLimitIsReceived() throws Exception {
        CourtCases.Court court = CourtCases.newCourt(context);
        byte[] body = CourtCases.entrusted(court.code(), "（2026）浙0503民诉前调" + System.nanoTime() + "号").toString()
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(court, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void assertRefused(HttpResponse<String> response, String courtCode) throws IOException {
        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("documents");
        assertThat(problem.get("detail").asText()).isEqualTo("委派请求（含随案材料）超过 1MB 的上限；请减少一次提交的材料");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court_entrustment WHERE court_code = ?", Integer.class,
                courtCode)).isZero();
    }

    /** A valid entrustment whose one document makes the request 1.5 MB. */
    private static byte[] overTheLimit(String courtCode) {
        var body = CourtCases.entrusted(courtCode, "（2026）浙0503民诉前调" + System.nanoTime() + "号");
        ((ObjectNode) body.withArray("documents").get(0))
                .put("content", Base64.getEncoder().encodeToString(new byte[1_100_000]));
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(CourtCases.Court court, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        String credentials = court.account() + ":" + ApiClient.DEMO_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/court/cases"))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
