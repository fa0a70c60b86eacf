package org.mediationdesk.search;

import java.sql.Connection;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import db.migration.V23_1__Index_existing_cases_for_search;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration that indexes cases registered before the search existed, run again over the test database. */
@ApplicationTest
class SearchTermBackfillIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void caseRegisteredBeforeTheIndexIsFoundAfterTheMigration() throws Exception {
        String word = "壬癸" + System.nanoTime() % 1_000_000;
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu()
                .put("description", "旧案：鱼塘" + word + "排水").toString()).getBody().get("caseNumber").asText();
        long terms = termsOf(caseNumber);
        jdbc.update("DELETE FROM case_search_term WHERE case_id = (SELECT id FROM dispute_case WHERE case_number = ?)",
                caseNumber);
        assertThat(found("words=" + word)).as("a case without terms, as before V23").isZero();

        try (Connection connection = dataSource.getConnection()) {
            new V23_1__Index_existing_cases_for_search().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(termsOf(caseNumber)).isEqualTo(terms);
        assertThat(found("words=" + word)).isEqualTo(1);
        assertThat(found("words=" + word + "&party=建国")).as("party names are indexed too").isEqualTo(1);
    }

    private long termsOf(String caseNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_search_term t JOIN dispute_case c ON c.id = t.case_id"
                + " WHERE c.case_number = ?", Long.class, caseNumber);
    }

    private long found(String query) {
        JsonNode page = ApiClient.as(rest, "clerk").get("/api/cases?" + query).getBody();
        return page.get("total").asLong();
    }
}
