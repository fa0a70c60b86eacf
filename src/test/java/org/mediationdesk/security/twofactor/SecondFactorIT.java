package org.mediationdesk.security.twofactor;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.AccessTokenStore;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AuthenticatorApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-factor sign-in for administrators and, as configured here, managers (等保2.0 三级): enrolment by QR code
 * on the first sign-in, a code from the app at every later one (each code once), recovery codes, the account
 * lock after wrong codes, no password-only API calls, and an administrator's reset.
 */
@ApplicationTest
@TestPropertySource(properties = "mediationdesk.security.second-factor.roles=ADMIN,MANAGER")
class SecondFactorIT {

    private static final Pattern QR = Pattern.compile("id=\"enrolment-qr\"[^>]*src=\"(data:image/png;base64,[^\"]+)\"");
    private static final Pattern SHOWN_SECRET = Pattern.compile("id=\"enrolment-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li>([A-Z2-9]{10})</li>");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessTokenStore tokens;
    @Autowired
    UserDetailsService userDetails;

    String administrator;

    @BeforeEach
    void newAdministrator() {
        administrator = account("tfa", null, Role.ADMIN);
    }

    @Test
    void anAdministratorEnrolsWithTheQrCodeAtFirstSignInAndThenSignsInWithTheAppsCode() throws Exception {
        Visitor session = signIn(administrator);
        session.perform(get("/tasks")).andExpect(redirectedUrl("/account/second-factor"));
        session.perform(get("/camunda/app/")).andExpect(redirectedUrl("/account/second-factor"));

        String page = page(session);
        AuthenticatorApp app = AuthenticatorApp.scanning(first(QR, page));
        assertThat(app.otpauthUri()).startsWith("otpauth://totp/MediationDesk:" + administrator + "?secret=")
                .contains("issuer=MediationDesk", "digits=6", "period=30");
        assertThat(first(SHOWN_SECRET, page).replace(" ", "")).isEqualTo(app.secretBase32());
        assertThat(jdbc.queryForObject("SELECT f.secret FROM user_second_factor f JOIN app_user u ON u.id = f.user_id "
                + "WHERE u.username = ?", String.class, administrator)).as("as a database backup holds it")
                .matches("k\\d+:.+").doesNotContain(app.secretBase32());

        String wrong = session.perform(post("/account/second-factor/enrol").with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"code-wrong\"").contains("id=\"enrolment-qr\"");
        String enrolled = session.perform(post("/account/second-factor/enrol").with(csrf())
                .param("code", app.code(0))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(RECOVERY_CODE.matcher(enrolled).results().count()).isEqualTo(10);
        session.perform(get("/tasks")).andExpect(status().isOk());

        Visitor next = signIn(administrator);
        assertThat(page(next)).contains("id=\"code-form\"").doesNotContain("enrolment-qr");
        next.perform(get("/admin/users")).andExpect(redirectedUrl("/account/second-factor"));
        next.perform(post("/account/second-factor").with(csrf()).param("code", app.code(1)))
                .andExpect(redirectedUrl("/"));
        next.perform(get("/admin/users")).andExpect(status().isOk());
        assertThat(outcomes(administrator)).contains("FACTOR_ENROLLED", "FACTOR_FAILURE");
    }

    @Test
    void aCodeCountsOnceSoOneSeenOverAShoulderCannotBeUsedAgain() throws Exception {
        AuthenticatorApp app = enrol(administrator);
        String code = app.code(1);
        signIn(administrator).perform(post("/account/second-factor").with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));

        Visitor again = signIn(administrator);
        String answer = again.perform(post("/account/second-factor").with(csrf()).param("code", code))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("id=\"code-wrong\"");
        again.perform(get("/tasks")).andExpect(redirectedUrl("/account/second-factor"));
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfTheAppsCode() throws Exception {
        List<String> recovery = recoveryCodesOf(administrator);
        String typedAsPrinted = recovery.get(3).substring(0, 5).toLowerCase() + "-" + recovery.get(3).substring(5);

        signIn(administrator).perform(post("/account/second-factor").with(csrf()).param("code", typedAsPrinted))
                .andExpect(redirectedUrl("/"));
        signIn(administrator).perform(post("/account/second-factor").with(csrf()).param("code", recovery.get(3)))
                .andExpect(status().isOk());

        assertThat(outcomes(administrator)).contains("RECOVERY_USED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_recovery_code c JOIN app_user u ON u.id = c.user_id"
                + " WHERE u.username = ? AND c.used_at IS NULL", Integer.class, administrator)).isEqualTo(9);
    }

    @Test
    void fiveWrongCodesLockTheAccountSignTheSessionOutAndTheRightPasswordIsThenRefused() throws Exception {
        enrol(administrator);
        Visitor session = signIn(administrator);
        for (int i = 0; i < 4; i++) {
            session.perform(post("/account/second-factor").with(csrf()).param("code", "00000" + i))
                    .andExpect(status().isOk());
        }
        session.perform(post("/account/second-factor").with(csrf()).param("code", "000009"))
                .andExpect(redirectedUrlPattern("/login?locked=*"));

        session.perform(get("/tasks")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/login").with(csrf()).param("username", administrator).param("password", "demo"))
                .andExpect(redirectedUrlPattern("/login?locked=*"));
        assertThat(outcomes(administrator)).startsWith("LOCKED", "FACTOR_FAILURE");
    }

    @Test
    void aManagerIsAskedForASecondFactorAsConfiguredAndAMediatorIsNot() throws Exception {
        String manager = account("tfa-manager", "NX-COUNTY", Role.MANAGER);
        String mediator = account("tfa-mediator", "NX-COUNTY", Role.MEDIATOR);

        mvc.perform(post("/login").with(csrf()).param("username", manager).param("password", "demo"))
                .andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(post("/login").with(csrf()).param("username", mediator).param("password", "demo"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anAdministratorCannotCallTheApiWithAPasswordAloneButWithAPersonalAccessToken() throws Exception {
        String answer = mvc.perform(get("/api/reference/dispute-types").with(httpBasic(administrator, "demo")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("个人访问令牌");

        String token = tokens.issue(administrator, "监控", Duration.ofDays(1));
        mvc.perform(get("/api/reference/dispute-types").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void anAdministratorResetsALostSecondFactorAndTheUserEnrolsAgainAtTheNextSignIn() throws Exception {
        enrol(administrator);
        var admin = users.findByUsername("admin").orElseThrow();
        mvc.perform(post("/admin/users/{u}/second-factor/reset", administrator).with(csrf())
                        .with(user(userDetails.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/admin/users/" + administrator));

        assertThat(page(signIn(administrator))).contains("id=\"enrolment-qr\"");
        assertThat(jdbc.queryForObject("SELECT actor FROM sign_in_event WHERE username = ? AND outcome = 'FACTOR_RESET'",
                String.class, administrator)).isEqualTo(admin.username());
    }

    private AuthenticatorApp enrol(String username) throws Exception {
        Visitor session = signIn(username);
        AuthenticatorApp app = AuthenticatorApp.scanning(first(QR, page(session)));
        session.perform(post("/account/second-factor/enrol").with(csrf()).param("code", app.code(0)))
                .andExpect(status().isOk());
        return app;
    }

    private List<String> recoveryCodesOf(String username) throws Exception {
        Visitor session = signIn(username);
        AuthenticatorApp app = AuthenticatorApp.scanning(first(QR, page(session)));
        String shown = session.perform(post("/account/second-factor/enrol").with(csrf())
                .param("code", app.code(0))).andReturn().getResponse().getContentAsString();
        return RECOVERY_CODE.matcher(shown).results().map(m -> m.group(1)).toList();
    }

    private Visitor signIn(String username) throws Exception {
        Visitor visitor = new Visitor();
        visitor.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andExpect(redirectedUrl("/account/second-factor"));
        return visitor;
    }

    private String page(Visitor session) throws Exception {
        return session.perform(get("/account/second-factor")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String account(String prefix, String centre, Role role) {
        String name = prefix + System.nanoTime();
        var user = new UserMapper.NewUser(name, passwords.encode("demo"), name, centre, LocalDateTime.now());
        users.insertUser(user);
        users.insertRole(user.getId(), role);
        return name;
    }

    private List<String> outcomes(String username) {
        return jdbc.queryForList("SELECT outcome FROM sign_in_event WHERE username = ? ORDER BY id DESC", String.class,
                username);
    }

    /** A browser's cookie jar for the session cookie (Spring Session's, which changes when the session id does). */
    private final class Visitor {

        private Cookie session;

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            ResultActions actions = mvc.perform(request);
            MvcResult result = actions.andReturn();
            Cookie renewed = result.getResponse().getCookie("SESSION");
            if (renewed != null) {
                session = renewed;
            }
            return actions;
        }
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
