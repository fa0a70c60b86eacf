package org.mediationdesk.exchange;

import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The event feed's page: subscribing with the secret shown once, switching off, field errors, administrators only. */
@ApplicationTest
class WebhookAdminPageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    @WithUserDetails("admin")
    void administratorSubscribesOnThePageSeesTheSecretOnceAndSwitchesItOff() throws Exception {
        String courtCode = CourtCases.newCourtCode();

        mvc.perform(post("/admin/webhooks").with(csrf()).param("name", "省矛调平台").param("url", "https://feed.example.org/in")
                        .param("eventTypes", "CASE_ACCEPTED", "CASE_CLOSED").param("courtCode", courtCode))
                .andExpect(redirectedUrl("/admin/webhooks")).andExpect(flash().attributeExists("flashMessages"));

        Long id = jdbc.queryForObject("SELECT id FROM webhook_subscription WHERE court_code = ?", Long.class, courtCode);
        String secret = jdbc.queryForObject("SELECT secret FROM webhook_subscription WHERE id = ?", String.class, id);
        mvc.perform(get("/admin/webhooks")).andExpect(content().string(containsString("省矛调平台")))
                .andExpect(content().string(containsString("受理")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(post("/admin/webhooks/" + id + "/deactivate").with(csrf())).andExpect(redirectedUrl("/admin/webhooks"));
        assertThat(jdbc.queryForObject("SELECT active FROM webhook_subscription WHERE id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void subscriptionWithoutEventsOrWebAddressIsShownByTheField() throws Exception {
        mvc.perform(post("/admin/webhooks").with(csrf()).param("name", "公安").param("url", "mailto:police@example.org"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("webhookForm", "url", "eventTypes"));
    }

    @Test
    @WithUserDetails("admin")
    void administratorBindsACourtSystemAccountToItsCourtOnThePageAndABadCodeIsExplained() throws Exception {
        String account = new TestUsers(context.getBean(UserMapper.class), context.getBean(PasswordEncoder.class)).court("page");
        mvc.perform(get("/admin/webhooks")).andExpect(content().string(containsString("data-account=\"" + account + "\"")));

        mvc.perform(post("/admin/webhooks/court-accounts/" + account).with(csrf()).param("courtCode", "J 0502")
                        .param("courtName", "湖州市吴兴区人民法院"))
                .andExpect(redirectedUrl("/admin/webhooks")).andExpect(flash().attributeExists("flashMessages"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court_account WHERE username = ?", Integer.class, account)).isZero();
        mvc.perform(post("/admin/webhooks/court-accounts/" + account).with(csrf()).param("courtCode", "J0502")
                        .param("courtName", "湖州市吴兴区人民法院"))
                .andExpect(redirectedUrl("/admin/webhooks"));

        assertThat(jdbc.queryForObject("SELECT court_code FROM court_account WHERE username = ?", String.class, account))
                .isEqualTo("J0502");
        mvc.perform(get("/admin/webhooks")).andExpect(content().string(containsString("湖州市吴兴区人民法院（J0502）")));
    }

    @Test
    @WithUserDetails("clerk")
    void onlyAdministratorsManageTheFeed() throws Exception {
        mvc.perform(get("/admin/webhooks")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("clerk")
    void onlyAdministratorsBindCourtAccounts() throws Exception {
        mvc.perform(post("/admin/webhooks/court-accounts/nanxun.court").with(csrf()).param("courtCode", "J0502")
                .param("courtName", "湖州市吴兴区人民法院")).andExpect(status().isForbidden());
    }
}
