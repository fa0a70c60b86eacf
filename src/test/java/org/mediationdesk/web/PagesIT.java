package org.mediationdesk.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, the home page, the language switch and error pages, as served to a browser. */
@ApplicationTest
class PagesIT {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void signedOutVisitorIsSentToOurLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-form\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void pagesAreChineseEvenWhenTheBrowserAsksForEnglish() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(not(containsString("User name"))));
    }

    @Test
    void languageSwitchShowsEnglishAndIsRemembered() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("User name")))
                .andExpect(cookie().value(LocaleConfig.LANGUAGE_COOKIE, "en"));
        mvc.perform(get("/login").cookie(new Cookie(LocaleConfig.LANGUAGE_COOKIE, "en")))
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void demoUserSignsInAndWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("clerk").password("demo")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("clerk").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @WithUserDetails("admin")
    void homePageOffersTheLinksOfTheUsersRoles() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("您好，")))
                .andExpect(content().string(containsString("href=\"/camunda/app/\"")));
    }

    @Test
    @WithUserDetails("clerk")
    void homePageHidesLinksOfOtherRoles() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/camunda/app/\""))));
    }

    @Test
    void unknownPageIsAPageNotAStackTrace() throws Exception {
        var response = BrowserSession.signedIn(port, "clerk").page("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在").contains("id=\"navbar\"")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
    }
}
