package org.mediationdesk.mediators;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
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

/** The administrators' mediator pages: cap and specialties, leave, validation, access. */
@ApplicationTest
class MediatorAdminPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserMapper userMapper;
    @Autowired
    PasswordEncoder passwordEncoder;

    TestUsers users;
    String mediator;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userMapper, passwordEncoder);
        mediator = users.mediator("admin-page", "NX-LINGHU-FISHERY", List.of("FISHERY"));
    }

    @AfterEach
    void retire() {
        users.retireMediators(jdbc);
    }

    @Test
    @WithUserDetails("admin")
    void administratorChangesCapAndSpecialties() throws Exception {
        mvc.perform(get("/admin/mediators")).andExpect(status().isOk())
                .andExpect(content().string(containsString(mediator)));

        mvc.perform(post("/admin/mediators/" + mediator).with(csrf()).param("caseCap", "8")
                        .param("specialties", "NEIGHBOUR", "CONTRACT"))
                .andExpect(redirectedUrl("/admin/mediators/" + mediator));

        assertThat(jdbc.queryForObject("SELECT m.case_cap FROM mediator m JOIN app_user u ON u.id = m.user_id"
                + " WHERE u.username = ?", Integer.class, mediator)).isEqualTo(8);
        assertThat(jdbc.queryForList("SELECT s.dispute_type_code FROM mediator_specialty s JOIN app_user u"
                + " ON u.id = s.user_id WHERE u.username = ?", String.class, mediator))
                .containsExactlyInAnyOrder("NEIGHBOUR", "CONTRACT");
    }

    @Test
    @WithUserDetails("admin")
    void capOutOfRangeOrUnknownSpecialtyIsShownByTheField() throws Exception {
        mvc.perform(post("/admin/mediators/" + mediator).with(csrf()).param("caseCap", "0"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("mediatorForm", "caseCap"));
        mvc.perform(post("/admin/mediators/" + mediator).with(csrf()).param("caseCap", "5").param("specialties", "NOPE"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("mediatorForm", "specialties"));
    }

    @Test
    @WithUserDetails("admin")
    void leaveIsRecordedAndListed() throws Exception {
        LocalDate start = BusinessTime.today().plusDays(20);
        mvc.perform(post("/admin/mediators/" + mediator + "/leave").with(csrf()).param("startsOn", start.toString())
                        .param("endsOn", start.plusDays(4).toString()).param("reason", "年休假"))
                .andExpect(redirectedUrl("/admin/mediators/" + mediator));

        mvc.perform(get("/admin/mediators/" + mediator)).andExpect(content().string(containsString("年休假")));
    }

    @Test
    @WithUserDetails("admin")
    void comingLeaveIsCalledOffFromTheMediatorPage() throws Exception {
        LocalDate start = BusinessTime.today().plusDays(30);
        mvc.perform(post("/admin/mediators/" + mediator + "/leave").with(csrf()).param("startsOn", start.toString())
                .param("endsOn", start.plusDays(2).toString()).param("reason", "婚假"));
        long leaveId = jdbc.queryForObject("SELECT l.id FROM mediator_leave l JOIN app_user u ON u.id = l.user_id"
                + " WHERE u.username = ?", Long.class, mediator);

        mvc.perform(post("/admin/mediators/" + mediator + "/leave/" + leaveId + "/end").with(csrf()))
                .andExpect(redirectedUrl("/admin/mediators/" + mediator))
                .andExpect(flash().attributeExists("flashMessages"));

        mvc.perform(get("/admin/mediators/" + mediator)).andExpect(content().string(not(containsString("婚假"))));
    }

    @Test
    @WithUserDetails("admin")
    void leaveEndingBeforeItStartsIsRefused() throws Exception {
        LocalDate start = BusinessTime.today().plusDays(20);
        mvc.perform(post("/admin/mediators/" + mediator + "/leave").with(csrf()).param("startsOn", start.toString())
                        .param("endsOn", start.minusDays(1).toString()).param("reason", "年休假"))
                .andExpect(redirectedUrl("/admin/mediators/" + mediator));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mediator_leave l JOIN app_user u ON u.id = l.user_id"
                + " WHERE u.username = ?", Integer.class, mediator)).isZero();
    }

    @Test
    @WithUserDetails("linghu.manager")
    void managersDoNotReachTheAdministrationPages() throws Exception {
        mvc.perform(get("/admin/mediators")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mediators/" + mediator).with(csrf()).param("caseCap", "99"))
                .andExpect(status().isForbidden());
    }
}
