package org.mediationdesk.tasks;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.TestUsers;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The task list page: the queue and my tasks, filters, the deadline badge, and claiming in place. */
@ApplicationTest
class TaskPageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    Workflow workflow;
    String caseNumber;

    @BeforeEach
    void registerAFisheryDispute() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void centreQueueShowsTheAcceptanceWithItsWorkingDaysLeft() throws Exception {
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(row())))
                .andExpect(content().string(containsString("个工作日")))
                .andExpect(content().string(containsString("id=\"saved-filters\"")))
                .andExpect(content().string(containsString("hx-post=\"/tasks/" + workflow.task(caseNumber, "acceptCase").getId())));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void filtersNarrowTheList() throws Exception {
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber).param("stage", "mediate"))
                .andExpect(content().string(not(containsString(row()))));
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber).param("type", "NEIGHBOUR"))
                .andExpect(content().string(not(containsString(row()))));
        var body = Disputes.fisheryDisputeInLinghu();
        String respondent = "钱" + System.nanoTime();
        Disputes.party(body, 1).put("name", respondent);
        caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody().get("caseNumber").asText();
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", respondent.substring(1)).param("stage", "acceptCase"))
                .andExpect(content().string(containsString(row())));
        String colour = workflow.caseAs("linghu.mediator", caseNumber).path("deadlines").path("warning").asText();
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber).param("colour", colour))
                .andExpect(content().string(containsString(row())));
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber).param("colour", "RED"))
                .andExpect(content().string(not(containsString(row()))));
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber).param("overdue", "true"))
                .andExpect(content().string(not(containsString(row()))));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void claimingInPlaceAnswersWithTheClaimedRowAndMovesTheTaskToMyTasks() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();

        mvc.perform(post("/tasks/" + taskId + "/claim").param("caseNumber", caseNumber).header("HX-Request", "true").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已认领")))
                .andExpect(content().string(not(containsString("<html"))));

        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isEqualTo("linghu.mediator");
        mvc.perform(get("/tasks").param("scope", "MINE").param("q", caseNumber))
                .andExpect(content().string(containsString(row())));
    }

    @Test
    @WithUserDetails("linghu.mediator2")
    void claimingATaskSomeoneElseTookSaysSo() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.claim("linghu.mediator", taskId);

        mvc.perform(post("/tasks/" + taskId + "/claim").param("caseNumber", caseNumber).header("HX-Request", "true").with(csrf()))
                .andExpect(content().string(containsString("任务已被他人认领")));
        mvc.perform(post("/tasks/" + taskId + "/claim").param("caseNumber", caseNumber).with(csrf()))
                .andExpect(redirectedUrl("/tasks?scope=CENTRE"));
    }

    @Test
    @WithUserDetails("feiying.mediator")
    void anotherCentresMediatorCannotClaim() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();

        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber))
                .andExpect(content().string(not(containsString(row()))));
        mvc.perform(post("/tasks/" + taskId + "/claim").param("caseNumber", caseNumber).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("clerk")
    void intakeClerksHaveNoTaskList() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().isForbidden());
    }

    /** A list row of the case (the search box echoes the case number, so look for the row). */
    @Test
    void emptyMyTasksPointsToTheWaitingCentreQueue() throws Exception {
        String newcomer = new TestUsers(users, passwordEncoder).mediator("newcomer", "NX-LINGHU-FISHERY", List.of());
        try {
            String page = mvc.perform(get("/tasks").with(user(userDetails.loadUserByUsername(newcomer))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).contains("您手上没有任务。", "href=\"/tasks?scope=CENTRE\"", "项任务等待认领")
                    .doesNotContain("id=\"task-table\"");
        } finally {
            jdbc.update("UPDATE mediator SET active = FALSE WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
                    newcomer);
        }
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void filteredEmptyListOffersToClearTheFilter() throws Exception {
        mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", "没有这样的当事人"))
                .andExpect(content().string(containsString("id=\"clear-filter\"")))
                .andExpect(content().string(containsString("没有符合条件的任务")));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void rowsShowPartiesRiskHolderRegistrationAndDueDate() throws Exception {
        String page = mvc.perform(get("/tasks").param("scope", "CENTRE").param("q", caseNumber))
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf(row()), page.indexOf("</tr>", page.indexOf(row())));

        assertThat(row).contains("沈建国", "钱小明", "待认领", BusinessTime.today().toString(), "剩 ")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(row).doesNotContain("LOW", "MEDIUM", "linghu.");

        workflow.claim("linghu.mediator", workflow.task(caseNumber, "acceptCase").getId());
        String mine = mvc.perform(get("/tasks").param("q", caseNumber)).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("徐海林（渔业调解员）").doesNotContain(">linghu.mediator<");
    }

    private String row() {
        return "data-case=\"" + caseNumber + "\"";
    }
}
