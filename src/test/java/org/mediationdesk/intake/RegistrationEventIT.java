package org.mediationdesk.intake;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.DisputeRegistered;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens after a registration reaches other modules as a DisputeRegistered event kept in
 * event_publication from the registration's transaction until its listeners, on another thread, have run.
 */
@ApplicationTest
class RegistrationEventIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void criticalDisputeIsEscalatedThroughTheEventAndLeavesNoPublicationOpen() {
        var body = Disputes.fisheryDisputeInLinghu();
        body.putArray("riskIndicators").add("WEAPONS");

        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody()
                .get("caseNumber").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT e.action FROM case_escalation e JOIN dispute_case c ON c.id = e.case_id WHERE c.case_number = ?",
                String.class, caseNumber)).containsExactly("ALERT_COUNTY_AND_POLICE"));
        await().atMost(Duration.ofSeconds(30)).until(this::openPublications, open -> open == 0);
    }

    @Test
    void eventIsStoredInThePublishingTransactionAndRemovedOnceItsListenerRan() {
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases",
                Disputes.fisheryDisputeInLinghu().toString()).getBody().get("caseNumber").asText();
        long caseId = jdbc.queryForObject("SELECT id FROM dispute_case WHERE case_number = ?", Long.class, caseNumber);
        await().atMost(Duration.ofSeconds(30)).until(this::openPublications, open -> open == 0);
        int before = openPublications();

        int insideTheTransaction = new TransactionTemplate(transactions).execute(status -> {
            events.publishEvent(new DisputeRegistered(caseId, caseNumber));
            return openPublications();
        });

        assertThat(insideTheTransaction).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(30)).until(this::openPublications, open -> open == before);
    }

    @Test
    void eventOfARolledBackTransactionIsNeitherKeptNorDelivered() {
        var critical = Disputes.fisheryDisputeInLinghu();
        critical.putArray("riskIndicators").add("WEAPONS");
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", critical.toString()).getBody()
                .get("caseNumber").asText();
        long caseId = jdbc.queryForObject("SELECT id FROM dispute_case WHERE case_number = ?", Long.class, caseNumber);
        await().atMost(Duration.ofSeconds(30)).until(this::openPublications, open -> open == 0);
        jdbc.update("DELETE FROM case_escalation WHERE case_id = ?", caseId);
        int before = openPublications();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new DisputeRegistered(caseId, caseNumber));
            status.setRollbackOnly();
        });

        assertThat(openPublications()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_escalation WHERE case_id = ?", Integer.class, caseId))
                .isZero();
    }

    private int openPublications() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL", Integer.class);
    }
}
