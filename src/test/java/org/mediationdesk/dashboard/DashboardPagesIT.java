package org.mediationdesk.dashboard;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.reports.CentreFigures;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager's dashboard and its actions as served to a browser: counts against the database, the
 * 督办 list, centre scoping, bulk reassignment, and the report download on the page chain.
 */
@ApplicationTest
class DashboardPagesIT {

    private static final String FISHERY_CENTRE = "NX-LINGHU-FISHERY";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserMapper userMapper;
    @Autowired
    PasswordEncoder passwordEncoder;

    Workflow workflow;
    TestUsers users;
    TaskService taskService;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        users = new TestUsers(userMapper, passwordEncoder);
        taskService = engine.getTaskService();
    }

    @AfterEach
    void retireTestMediators() {
        users.retireMediators(jdbc);
    }

    @Test
    @WithUserDetails("nanxun.manager")
    void countyManagerSeesTheCountysCountsAsTheDatabaseHasThem() throws Exception {
        String overdue = workflow.registerFisheryDispute();
        jdbc.update("UPDATE dispute_case SET acceptance_due = ? WHERE case_number = ?",
                BusinessTime.now().minusDays(3), overdue);

        // The report counts as of its own "now", somewhere between these two (whole seconds, for databases that
        // round stored times): a deadline or registration falling between them may count either way.
        LocalDateTime before = BusinessTime.now().truncatedTo(ChronoUnit.SECONDS);
        MvcResult result = mvc.perform(get("/dashboard")).andExpect(status().isOk()).andReturn();
        LocalDateTime after = BusinessTime.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        var counts = (CentreFigures.Counts) result.getModelAndView().getModel().get("counts");
        LocalDateTime monthStart = BusinessTime.today().withDayOfMonth(1).atStartOfDay();
        LocalDateTime monthEnd = monthStart.plusMonths(1);
        // Bounded by the month's end: the time-zone test registers cases dated in a later month.
        assertThat(counts.received()).isEqualTo(count("registered_at >= ? AND registered_at < ?", monthStart, monthEnd))
                .isPositive();
        // In progress and overdue as of now (the month is not over): a case another test dated later this month is not
        // yet, and one it closed at a later date is still open now.
        assertThat(counts.inProgress()).isBetween(inProgress(before), inProgress(after));
        assertThat(counts.overdue()).isBetween(overdue(before), overdue(after)).isPositive();
        assertThat(counts.resolved()).isEqualTo(count("closure_type = 'RESOLVED' AND closed_at >= ?", monthStart));
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("id=\"count-received\">" + counts.received() + "<")
                .contains("id=\"weekly-chart\"").contains(overdue);
    }

    @Test
    @WithUserDetails("linghu.manager")
    void managerOfOneCentreGetsTheForbiddenPageForAnotherCentre() throws Exception {
        mvc.perform(get("/dashboard").param("centre", "NX-COUNTY")).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").param("centre", FISHERY_CENTRE)).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("admin")
    void administratorSeesEveryCentreButNoReassignControls() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-received\"")))
                .andExpect(content().string(not(containsString("id=\"reassign-submit\""))));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void mediatorHasNoDashboard() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
        mvc.perform(get("/reports/statistics.xlsx")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("linghu.manager")
    void bulkReassignmentMovesEveryTickedTaskAndTheCasesFollow() throws Exception {
        String away = users.mediator("away", FISHERY_CENTRE, List.of());
        String cover = users.mediator("cover", FISHERY_CENTRE, List.of());
        String first = workflow.registerFisheryDispute();
        String second = workflow.registerFisheryDispute();
        workflow.work("linghu.mediator", first, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.work("linghu.mediator", second, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        String firstTask = workflow.task(first, "mediate").getId();
        String secondTask = workflow.task(second, "mediate").getId();
        taskService.setAssignee(firstTask, away);
        taskService.setAssignee(secondTask, away);

        mvc.perform(get("/dashboard/mediators/" + away)).andExpect(status().isOk())
                .andExpect(content().string(containsString(first))).andExpect(content().string(containsString(second)));
        mvc.perform(post("/dashboard/reassign").with(csrf()).param("taskIds", firstTask, secondTask)
                        .param("assignee", cover).param("from", away))
                .andExpect(redirectedUrl("/dashboard/mediators/" + away))
                .andExpect(flash().attributeExists("flashMessages"));

        assertThat(taskService.createTaskQuery().taskId(firstTask).singleResult().getAssignee()).isEqualTo(cover);
        assertThat(taskService.createTaskQuery().taskId(secondTask).singleResult().getAssignee()).isEqualTo(cover);
        assertThat(jdbc.queryForList("SELECT mediator FROM dispute_case WHERE case_number IN (?, ?)", String.class,
                first, second)).containsOnly(cover);
    }

    @Test
    @WithUserDetails("linghu.manager")
    void taskOfAnotherCentreIsRefusedWhileTheOthersMove() throws Exception {
        String cover = users.mediator("cover", FISHERY_CENTRE, List.of());
        String fishery = workflow.registerFisheryDispute();
        String fisheryTask = workflow.task(fishery, "acceptCase").getId();
        String elsewhere = registerNeighbourDisputeInLianshi();
        assertThat(jdbc.queryForObject("SELECT centre_code FROM dispute_case WHERE case_number = ?", String.class,
                elsewhere)).isNotEqualTo(FISHERY_CENTRE);
        String elsewhereTask = workflow.task(elsewhere, "acceptCase").getId();
        String holderBefore = taskService.createTaskQuery().taskId(elsewhereTask).singleResult().getAssignee();

        mvc.perform(post("/dashboard/reassign").with(csrf()).param("taskIds", fisheryTask, elsewhereTask)
                        .param("assignee", cover))
                .andExpect(redirectedUrl("/dashboard"));

        assertThat(taskService.createTaskQuery().taskId(fisheryTask).singleResult().getAssignee()).isEqualTo(cover);
        assertThat(taskService.createTaskQuery().taskId(elsewhereTask).singleResult().getAssignee()).isEqualTo(holderBefore);
    }

    @Test
    @WithUserDetails("linghu.manager")
    void reassignmentWithoutCsrfTokenOrWithoutTasksMovesNothing() throws Exception {
        String fishery = workflow.registerFisheryDispute();
        String task = workflow.task(fishery, "acceptCase").getId();

        mvc.perform(post("/dashboard/reassign").param("taskIds", task).param("assignee", "linghu.mediator2"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dashboard/reassign").with(csrf()).param("assignee", "linghu.mediator2"))
                .andExpect(redirectedUrl("/dashboard")).andExpect(flash().attributeExists("flashMessages"));

        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    @WithUserDetails("nanxun.manager")
    void reportDownloadsForTheSessionWithTheQuarterPicked() throws Exception {
        MvcResult result = mvc.perform(get("/reports/statistics.xlsx").param("kind", "QUARTER").param("on", "2026-11-15")
                        .param("centre", FISHERY_CENTRE))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("2026-10-01-2026-12-31")))
                .andReturn();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("菱湖渔业纠纷调处化解中心").contains("2026-10-01 至 2026-12-31");
        }
    }

    @Test
    @WithUserDetails("linghu.manager")
    void managerSubmitsAPeriodAndTheDashboardShowsWhoAndWhen() throws Exception {
        mvc.perform(post("/reports/submissions").param("kind", "YEAR").param("on", "2015-06-01").with(csrf()))
                .andExpect(redirectedUrl("/dashboard")).andExpect(flash().attributeExists("flashMessages"));

        mvc.perform(get("/dashboard"))
                .andExpect(content().string(containsString("2015-01-01 – 2015-12-31")))
                .andExpect(content().string(containsString("姚国平（菱湖渔业中心主任）")))
                .andExpect(content().string(not(containsString(">linghu.manager<"))));
        mvc.perform(get("/reports/statistics.xlsx").param("kind", "YEAR").param("on", "2015-06-01"))
                .andExpect(status().isOk()).andExpect(header().exists("X-Report-SHA256"));
    }

    @Test
    @WithUserDetails("admin")
    void administratorHasNoCentreReportToSubmit() throws Exception {
        mvc.perform(post("/reports/submissions").param("kind", "MONTH").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("nanxun.manager")
    void customPeriodWithoutDatesOrTooLongGoesBackToTheDashboardWithAMessage() throws Exception {
        mvc.perform(get("/reports/statistics.xlsx").param("kind", "CUSTOM").param("from", "2026-01-01"))
                .andExpect(redirectedUrl("/dashboard")).andExpect(flash().attributeExists("flashMessages"));
        mvc.perform(get("/reports/statistics.xlsx").param("kind", "CUSTOM").param("from", "2026-02-01")
                        .param("to", "2026-01-01"))
                .andExpect(redirectedUrl("/dashboard")).andExpect(flash().attributeExists("flashMessages"));
    }

    @Test
    @WithUserDetails("linghu.manager")
    void reportOfAnotherCountysCentreIsForbidden() throws Exception {
        mvc.perform(get("/reports/statistics.xlsx").param("centre", "WX-FEIYING-POLICE"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private String registerNeighbourDisputeInLianshi() {
        var body = Disputes.fisheryDisputeInLinghu().put("type", "NEIGHBOUR").put("township", "练市镇")
                .put("description", "邻里通道纠纷");
        body.remove("village");
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody().get("caseNumber").asText();
    }

    private long inProgress(LocalDateTime asOf) {
        return count("registered_at < ? AND (closed_at IS NULL OR closed_at >= ?)", asOf, asOf);
    }

    private long overdue(LocalDateTime asOf) {
        return count("status <> 'CLOSED' AND registered_at < ? AND (overdue_since IS NOT NULL"
                + " OR (status = 'AWAITING_ACCEPTANCE' AND acceptance_due < ?)"
                + " OR (status = 'IN_MEDIATION' AND paused_since IS NULL AND mediation_due < ?))", asOf, asOf, asOf);
    }

    private long count(String condition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE centre_code LIKE 'NX-%' AND " + condition,
                Long.class, args);
    }
}
