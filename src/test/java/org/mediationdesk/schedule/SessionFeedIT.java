package org.mediationdesk.schedule;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The iCalendar feed: a secret token opens one user's sessions, parsed back here by biweekly; a
 * mediator's feed holds their own plans, a manager's their centre's, and no party's personal data.
 */
@ApplicationTest
class SessionFeedIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FeedTokens tokens;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    long mediatorsPlan;
    long othersPlan;

    /** The mediator plans a session on one case; the manager one on a case someone else mediates. */
    @BeforeEach
    void twoPlansAtLinghu() {
        Workflow workflow = new Workflow(rest, engine);
        String own = workflow.registerFisheryDispute();
        String others = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, own, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.work("linghu.manager", others, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        jdbc.update("UPDATE dispute_case SET mediator = 'linghu.mediator2' WHERE case_number = ?", others);
        jdbc.update("UPDATE dispute_case SET mediator = ? WHERE case_number = ?", MEDIATOR, own);
        LocalDateTime start = BusinessTime.now().plusDays(2).withHour(9).withMinute(30).withSecond(0).withNano(0);
        mediatorsPlan = plan(MEDIATOR, own, start);
        othersPlan = plan("linghu.manager", others, start.plusHours(4));
    }

    @Test
    void mediatorsFeedIsACalendarOfTheirOwnPlansOnly() {
        ResponseEntity<String> response = feed(tokens.renew(user(MEDIATOR)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue();
        assertThat(uids(response.getBody())).contains(uid(mediatorsPlan)).doesNotContain(uid(othersPlan));
    }

    @Test
    void managersFeedHoldsEveryPlanOfTheirCentre() {
        assertThat(uids(feed(tokens.renew(user("linghu.manager"))).getBody()))
                .contains(uid(mediatorsPlan), uid(othersPlan));
    }

    @Test
    void anotherCentresMediatorsFeedHoldsNeither() {
        assertThat(uids(feed(tokens.renew(user("feiying.mediator"))).getBody()))
                .doesNotContain(uid(mediatorsPlan), uid(othersPlan));
    }

    @Test
    void feedHoldsNoPartyNamesIdNumbersOrPhones() {
        String body = feed(tokens.renew(user("linghu.manager"))).getBody();

        assertThat(body).doesNotContain("沈建国", "钱小明", "330503197203150012", "13857201234", "1385720");
        VEvent event = Biweekly.parse(body).first().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid(mediatorsPlan))).findFirst().orElseThrow();
        assertThat(event.getLocation().getValue()).isEqualTo("菱湖镇调解室");
        assertThat(event.getDescription().getValue()).contains("邀请：申请人、被申请人").doesNotContain("带凭证");
    }

    @Test
    void unknownTokenIsNotFound() {
        assertThat(feed("no-such-token").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void revokedTokenIsNotFound() {
        AppUser mediator = user(MEDIATOR);
        String token = tokens.renew(mediator);

        tokens.revoke(mediator);

        assertThat(feed(token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void newTokenEndsTheOldOne() {
        String old = tokens.renew(user(MEDIATOR));
        String current = tokens.renew(user(MEDIATOR));

        assertThat(feed(old).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(feed(current).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void tokenMadeOnTheDiaryPageIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        var result = mvc.perform(post("/schedule/feed").with(csrf())).andExpect(redirectedUrl("/schedule")).andReturn();

        String url = (String) result.getFlashMap().get("feedUrl");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        List<String> stored = jdbc.queryForList("SELECT t.token_hash FROM session_feed_token t JOIN app_user u"
                + " ON u.id = t.user_id WHERE u.username = ?", String.class, MEDIATOR);
        assertThat(stored).containsExactly(FeedTokens.hash(token)).doesNotContain(token);
        assertThat(feed(token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private long plan(String user, String caseNumber, LocalDateTime start) {
        var response = ApiClient.as(rest, user).postJson("/api/cases/" + caseNumber + "/planned-sessions",
                "{\"startsAt\": \"" + start.format(ISO) + "\", \"place\": \"菱湖镇调解室\","
                        + " \"invitedRoles\": [\"APPLICANT\", \"RESPONDENT\"], \"note\": \"带凭证\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asLong();
    }

    private ResponseEntity<String> feed(String token) {
        return rest.getForEntity("/feeds/sessions/" + token + ".ics", String.class);
    }

    private AppUser user(String username) {
        return (AppUser) users.loadUserByUsername(username);
    }

    private static List<String> uids(String body) {
        ICalendar calendar = Biweekly.parse(body).first();
        assertThat(calendar).isNotNull();
        return calendar.getEvents().stream().map(event -> event.getUid().getValue()).toList();
    }

    private static String uid(long planId) {
        return "planned-session-" + planId + "@mediationdesk";
    }
}
