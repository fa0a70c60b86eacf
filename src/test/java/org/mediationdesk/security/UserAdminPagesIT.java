package org.mediationdesk.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' user pages: create, validation, disable and enable, password reset, access. */
@ApplicationTest
class UserAdminPagesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AppUserDetailsService userDetails;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    @WithUserDetails("admin")
    void createdUserSignsInUntilDisabledAndAgainAfterEnabled() throws Exception {
        String name = "clerk" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "钱小红")
                        .param("password", "s3cret-pass").param("roles", "INTAKE").param("centreCode", "NX-COUNTY"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin("/login").user(name).password("s3cret-pass")).andExpect(redirectedUrl("/"));

        mvc.perform(post("/admin/users/" + name + "/enabled").with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/" + name));
        mvc.perform(formLogin("/login").user(name).password("s3cret-pass")).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/admin/users/" + name + "/enabled").with(csrf()).param("enabled", "true"));
        mvc.perform(formLogin("/login").user(name).password("s3cret-pass")).andExpect(redirectedUrl("/"));
    }

    @Test
    @WithUserDetails("admin")
    void agencyUserIsCreatedWithTheAgencyTheyAnswerForAndRefusedWithoutOne() throws Exception {
        String name = "agency" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "渔业协会联络员")
                        .param("password", "Fishery-pass1").param("roles", "AGENCY"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("userForm", "agencyCode"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, name)).isZero();

        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "渔业协会联络员")
                        .param("password", "Fishery-pass1").param("roles", "AGENCY").param("agencyCode", "AGRICULTURE_RURAL"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("SELECT agency_code FROM app_user WHERE username = ?", String.class, name))
                .isEqualTo("AGRICULTURE_RURAL");
        mvc.perform(get("/admin/users/" + name)).andExpect(content().string(containsString("<option value=\"AGRICULTURE_RURAL\" selected=\"selected\"")));

        mvc.perform(post("/admin/users/" + name).with(csrf()).param("displayName", "渔业协会联络员").param("roles", "INTAKE")
                        .param("centreCode", "NX-COUNTY").param("agencyCode", "AGRICULTURE_RURAL"))
                .andExpect(redirectedUrl("/admin/users/" + name));
        assertThat(jdbc.queryForObject("SELECT agency_code FROM app_user WHERE username = ?", String.class, name))
                .as("only an agency's staff answer for it").isNull();
    }

    @Test
    @WithUserDetails("admin")
    void disablingAUserEndsTheSessionTheyHaveOpen() throws Exception {
        String name = "signedin" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "在线用户")
                .param("password", "Online-pass1").param("roles", "INTAKE").param("centreCode", "NX-COUNTY"));
        BrowserSession session = BrowserSession.signedIn(port, name, "Online-pass1");
        // A new user's one open page is the change of the password the administrator gave them.
        assertThat(session.page("/account/password").statusCode()).isEqualTo(200);

        mvc.perform(post("/admin/users/" + name + "/enabled").with(csrf()).param("enabled", "false"));

        var next = session.page("/account/password");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    @WithUserDetails("admin")
    void formWithErrorsComesBackWithTheValuesEnteredAndAMessageByEachField() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).param("username", "Bad Name").param("displayName", "孙立")
                        .param("password", "short").param("roles", "MEDIATOR"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "username"))
                .andExpect(content().string(containsString("value=\"孙立\"")));
        mvc.perform(post("/admin/users").with(csrf()).param("username", "ok.name" + System.nanoTime())
                        .param("displayName", "孙立").param("password", "short").param("roles", "MEDIATOR"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "password", "centreCode"));
        mvc.perform(post("/admin/users").with(csrf()).param("username", "clerk").param("displayName", "重名")
                        .param("password", "Long-enough1").param("roles", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("userForm", "username"));
    }

    @Test
    @WithUserDetails("admin")
    void theNamesHistoriesUseForTheSystemAndThePublicSideAreNoOnesAccount() throws Exception {
        for (String reserved : List.of("system", "online", "public")) {
            mvc.perform(post("/admin/users").with(csrf()).param("username", reserved).param("displayName", "冒名")
                            .param("password", "Long-enough1").param("roles", "INTAKE").param("centreCode", "NX-COUNTY"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("userForm", "username"))
                    .andExpect(content().string(containsString("留给系统使用")));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, reserved))
                    .as("account %s", reserved).isZero();
        }
    }

    @Test
    void aPasswordTheAdministratorSetMustBeChangedBeforeAnyPageOrApiCall() throws Exception {
        String name = "first" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).with(user(userDetails.loadUserByUsername("admin"))).param("username", name)
                        .param("displayName", "新用户").param("password", "Given-by-admin1").param("roles", "INTAKE")
                        .param("centreCode", "NX-COUNTY"))
                .andExpect(redirectedUrl("/admin/users"));

        Cookie session = mvc.perform(formLogin("/login").user(name).password("Given-by-admin1"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/tasks").cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(rest.withBasicAuth(name, "Given-by-admin1").getForEntity("/api/reference/dispute-types", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        mvc.perform(post("/account/password").with(csrf()).cookie(session)
                        .param("currentPassword", "Given-by-admin1").param("newPassword", "Mine-only-2026")
                        .param("confirmation", "Mine-only-2026"))
                .andExpect(redirectedUrl("/login?passwordChanged"));

        assertThat(rest.withBasicAuth(name, "Mine-only-2026").getForEntity("/api/reference/dispute-types", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("SELECT password_change_required FROM app_user WHERE username = ?",
                Boolean.class, name)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void weakOrOverLongPasswordsAreRefusedBesideTheFieldNeverWithA500() throws Exception {
        String name = "pw" + System.nanoTime();
        for (String[] refused : new String[][] {
                {"aaaaaaaa", "至少三类"},
                {"12345678", "至少三类"},
                {"Xx1-" + name, "不能包含用户名"},
                {"调解".repeat(20), "不能超过 72 个字节"}}) {
            mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "孙立")
                            .param("password", refused[0]).param("roles", "RULE_AUTHOR"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("userForm", "password"))
                    .andExpect(content().string(containsString(refused[1])));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, name)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void newMediatorIsAMediatorTheRulesCanPickAndLosingTheRoleRetiresThem() throws Exception {
        String name = "med" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "新调解员")
                        .param("password", "Long-enough1").param("roles", "MEDIATOR").param("centreCode", "WX-COUNTY"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(mediatorActive(name)).isTrue();

        mvc.perform(post("/admin/users/" + name).with(csrf()).param("displayName", "新调解员")
                        .param("roles", "INTAKE").param("centreCode", "WX-COUNTY"))
                .andExpect(redirectedUrl("/admin/users/" + name));
        assertThat(mediatorActive(name)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void passwordResetReplacesTheOldPassword() throws Exception {
        String name = "reset" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "重置")
                .param("password", "First-pass1").param("roles", "RULE_AUTHOR"));

        mvc.perform(post("/admin/users/" + name + "/password").with(csrf()).param("password", "Second-pass1"))
                .andExpect(redirectedUrl("/admin/users/" + name));

        mvc.perform(formLogin("/login").user(name).password("First-pass1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(name).password("Second-pass1")).andExpect(redirectedUrl("/"));
    }

    @Test
    @WithUserDetails("admin")
    void administratorCannotDisableThemselves() throws Exception {
        mvc.perform(post("/admin/users/admin/enabled").with(csrf()).param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/users/admin"));
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'admin'", Boolean.class)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void namesAreShownAsTextNotMarkup() throws Exception {
        String name = "xss" + System.nanoTime();
        mvc.perform(post("/admin/users").with(csrf()).param("username", name).param("displayName", "<script>alert(1)</script>")
                .param("password", "Long-enough1").param("roles", "RULE_AUTHOR"));

        mvc.perform(get("/admin/users")).andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    @WithUserDetails("nanxun.manager")
    void onlyAdministratorsReachTheUserPages() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/clerk/enabled").with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = 'clerk'", Boolean.class)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users/clerk/enabled").param("enabled", "false")).andExpect(status().isForbidden());
    }

    private boolean mediatorActive(String username) {
        return jdbc.queryForObject("SELECT m.active FROM mediator m JOIN app_user u ON u.id = m.user_id"
                + " WHERE u.username = ?", Boolean.class, username);
    }
}
