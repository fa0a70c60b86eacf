package org.mediationdesk.web;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.TestUsers;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The home page tells mediators their work in hand and administrators what the calendar lacks. */
@ApplicationTest
class HomeNoticesIT {

    private static final String FISHERY_CENTRE = "NX-LINGHU-FISHERY";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void retireTestMediators() {
        new TestUsers(users, passwordEncoder).retireMediators(jdbc);
    }

    @Test
    void mediatorSeesHowManyTasksTheyHoldAndHowManyWaitInTheirCentresQueue() throws Exception {
        String mediator = new TestUsers(users, passwordEncoder).mediator("home", FISHERY_CENTRE, List.of());
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.claim(mediator, workflow.task(caseNumber, "acceptCase").getId());
        long queued = taskService.createTaskQuery().taskCandidateGroup(FISHERY_CENTRE).taskUnassigned().count();

        String page = home(mediator);

        assertThat(page).contains("我的待办 1 项（已超期 0 项），中心待认领 " + queued + " 项");
    }

    @Test
    void clerkSeesNoTaskCounts() throws Exception {
        assertThat(home("clerk")).contains("您好，").doesNotContain("我的待办");
    }

    @Test
    void administratorIsWarnedOfEachYearTheDeadlinesReachWithoutHolidaysUntilOneIsEntered() throws Exception {
        List<Integer> missing = calendar.yearsWithoutHolidays();
        String before = home("admin");
        var admin = ApiClient.as(rest, "admin");
        try {
            missing.forEach(year -> admin.putJson("/api/calendar/" + year + "-01-01",
                    "{\"kind\": \"HOLIDAY\", \"nameZh\": \"元旦\"}"));
            String after = home("admin");

            for (int year : missing) {
                assertThat(before).contains(year + " 年的法定节假日尚未录入").contains("/admin/calendar?year=" + year);
            }
            assertThat(after).doesNotContain("年的法定节假日尚未录入");
        } finally {
            missing.forEach(year -> admin.delete("/api/calendar/" + year + "-01-01"));
        }
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(userDetails.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString();
    }
}
