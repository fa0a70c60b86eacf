package org.mediationdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login-failure handling (等保2.0 三级): five wrong passwords within 15 minutes lock an account name for
 * 15 minutes, on the API and the sign-in page alike, existing or not; locked sign-ins answer 429 before any
 * password is checked; administrators see the record and lift locks.
 */
@ApplicationTest
class SignInLockoutIT {

    private static final String PROBE = "/api/reference/dispute-types";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SignInGuard guard;
    @Autowired
    SignInMapper signIns;
    @Autowired
    Clock clock;
    @Autowired
    AppUserDetailsService userDetails;

    TestUsers testUsers;
    String account;

    @BeforeEach
    void createAccount() {
        testUsers = new TestUsers(users, passwordEncoder);
        account = testUsers.mediator("lockout", "NX-COUNTY", List.of());
    }

    @AfterEach
    void retire() {
        testUsers.retireMediators(jdbc);
    }

    @Test
    void thirtyWrongPasswordsLockTheAccountAfterFiveAndTheRestAnswer429WithRetryAfter() {
        List<HttpStatus> answers = new ArrayList<>();
        ResponseEntity<JsonNode> last = null;
        for (int i = 0; i < 30; i++) {
            last = call(account, "wrong-" + i);
            answers.add(HttpStatus.valueOf(last.getStatusCode().value()));
        }

        assertThat(answers.subList(0, 5)).containsOnly(HttpStatus.UNAUTHORIZED);
        assertThat(answers.subList(5, 30)).containsOnly(HttpStatus.TOO_MANY_REQUESTS);
        long retryAfter = Long.parseLong(last.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
        assertThat(last.getBody().get("detail").asText()).contains("登录失败次数过多，已暂时锁定");
        assertThat(outcomes(account)).containsExactly("LOCKED", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE");
    }

    @Test
    void theRightPasswordIsRefusedWhileLockedAndAcceptedOnceAnAdministratorLiftsTheLock() throws Exception {
        lock(account);
        assertThat(call(account, "demo").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        mvc.perform(post("/admin/users/{u}/unlock", account).with(user(userDetails.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(call(account, "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(outcomes(account).get(0)).isEqualTo("UNLOCKED");
        assertThat(jdbc.queryForObject("SELECT actor FROM sign_in_event WHERE username = ? AND outcome = 'UNLOCKED'",
                String.class, account)).isEqualTo("admin");
    }

    @Test
    void theRightPasswordIsAcceptedAgainWhenTheLockHasEnded() {
        lock(account);
        assertThat(call(account, "demo").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        jdbc.update("UPDATE sign_in_limit SET locked_until = ? WHERE subject_kind = 'ACCOUNT' AND subject = ?",
                LocalDateTime.now(clock).minusSeconds(1), account);

        assertThat(call(account, "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aNameNobodyHasIsLockedTheSameWaySoALockSaysNothingAboutWhoExists() {
        String nobody = "nobody-" + System.nanoTime();
        lock(nobody);

        ResponseEntity<JsonNode> forNobody = call(nobody, "x");
        lock(account);
        ResponseEntity<JsonNode> forAccount = call(account, "x");

        assertThat(forNobody.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(forNobody.getBody().get("detail").asText().replaceAll("\\d", ""))
                .isEqualTo(forAccount.getBody().get("detail").asText().replaceAll("\\d", ""));
    }

    @Test
    void signInPageOfALockedAccountSaysUntilWhen() throws Exception {
        lock(account);
        String until = jdbc.queryForObject("SELECT locked_until FROM sign_in_limit WHERE subject_kind = 'ACCOUNT' AND subject = ?",
                LocalDateTime.class, account).toString().substring(11, 16);

        String back = mvc.perform(formLogin("/login").user(account).password("demo")).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(back).startsWith("/login?locked=");

        mvc.perform(get(back)).andExpect(status().isOk())
                .andExpect(content().string(containsString("登录失败次数过多，已暂时锁定，请于")))
                .andExpect(content().string(containsString(until)));
    }

    @Test
    void anAddressOverItsLimitIsRefusedForEveryName() {
        SignInGuard strict = new SignInGuard(signIns, new SignInLimits(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3),
                clock);
        String address = "203.0.113." + (System.nanoTime() % 200);
        jdbc.update("DELETE FROM sign_in_limit WHERE subject_kind = 'ADDRESS' AND subject = ?", address);

        for (int i = 0; i < 3; i++) {
            strict.failed("guess-" + i + "-" + System.nanoTime(), address, SignInChannel.BASIC);
        }

        assertThat(strict.refusedUntil("anyone-at-all", address)).isPresent();
        assertThat(strict.refusedUntil("anyone-at-all", "198.51.100.1")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_event WHERE address = ? AND outcome = 'THROTTLED'",
                Integer.class, address)).isEqualTo(1);
    }

    @Test
    void administratorsSearchTheRecordAndNobodyElseMay() {
        lock(account);

        JsonNode records = ApiClient.as(rest, "admin")
                .get("/api/admin/sign-ins?outcome=LOCKED&username=" + account).getBody();

        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("outcome").asText()).isEqualTo("LOCKED");
        assertThat(ApiClient.as(rest, "nanxun.manager").get("/api/admin/sign-ins").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void lock(String username) {
        for (int i = 0; i < 5; i++) {
            assertThat(call(username, "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private ResponseEntity<JsonNode> call(String username, String password) {
        return rest.withBasicAuth(username, password).getForEntity(PROBE, JsonNode.class);
    }

    private List<String> outcomes(String username) {
        return jdbc.queryForList("SELECT outcome FROM sign_in_event WHERE username = ? ORDER BY id DESC", String.class,
                username);
    }
}
