package org.mediationdesk.rulesets;

import java.time.Duration;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.HttpClients;
import org.mediationdesk.support.RuleSetDrafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one database (this test's context and a second application started against the
 * same database, without a job executor): each notices a version published on the other within
 * a few polls, and routes new cases by it.
 */
@ApplicationTest
class RuleSetNodesIT {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext secondNode;

    @AfterEach
    void stopTheSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void bothNodesSwitchToAVersionPublishedOnEitherAndBackAfterARollBack() {
        RuleSetDrafts drafts = new RuleSetDrafts(rest);
        long original = drafts.publishedVersion();
        TestRestTemplate second = startSecondNode();
        try {
            assertThat(activeVersion(second)).isEqualTo("v" + original);

            long draft = drafts.trialDraft("author");
            assertThat(drafts.approve("admin", draft).getStatusCode()).isEqualTo(HttpStatus.OK);

            assertThat(activeVersion(rest)).isEqualTo("v" + draft);
            await().atMost(WITHIN).until(() -> activeVersion(second).equals("v" + draft));
            JsonNode onSecond = register(second);
            assertThat(onSecond.at("/centre/code").asText()).isEqualTo("NX-COUNTY");

            assertThat(new RuleSetDrafts(second).rollBack("admin", original).getStatusCode()).isEqualTo(HttpStatus.OK);

            await().atMost(WITHIN).until(() -> activeVersion(rest).equals("v" + original));
            assertThat(register(rest).at("/centre/code").asText()).isEqualTo("NX-LINGHU-FISHERY");
        } finally {
            drafts.restore(original);
        }
    }

    private TestRestTemplate startSecondNode() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        secondNode = new SpringApplicationBuilder(MediationDeskApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.main.banner-mode=off");
        int port = ((ServletWebServerApplicationContext) secondNode).getWebServer().getPort();
        return new TestRestTemplate(HttpClients.to("http://localhost:" + port));
    }

    private static String activeVersion(TestRestTemplate node) {
        return ApiClient.as(node, "author").get("/api/rulesets/active").getBody().get("version").asText();
    }

    private static JsonNode register(TestRestTemplate node) {
        var body = Disputes.fisheryDisputeInLinghu().put("description", RuleSetDrafts.MARKER + "：鱼塘纠纷");
        var response = ApiClient.as(node, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }
}
