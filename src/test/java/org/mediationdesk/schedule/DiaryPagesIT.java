package org.mediationdesk.schedule;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The diary page (我的调解日程) and the planning forms on the case page. */
@ApplicationTest
class DiaryPagesIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;
    LocalDateTime start;

    @BeforeEach
    void caseInMediation() {
        Workflow workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        start = BusinessTime.now().plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0);
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void mediatorsDiaryShowsTheirPlanUnderItsDayWithALinkToTheCase() throws Exception {
        plan();

        mvc.perform(get("/schedule")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-day=\"" + start.toLocalDate() + "\"")))
                .andExpect(content().string(containsString("href=\"/cases/" + caseNumber + "\"")))
                .andExpect(content().string(containsString("菱湖镇调解室")));
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void pastPlanNotYetRecordedIsListedAsAwaitingItsRecord() throws Exception {
        long id = plan();
        jdbc.update("UPDATE case_planned_session SET starts_at = ? WHERE id = ?", start.minusDays(3), id);

        mvc.perform(get("/schedule")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"awaiting-record\"")))
                .andExpect(content().string(containsString("待记录")));
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("待记录")))
                .andExpect(content().string(containsString("id=\"submit-held-" + id + "\"")));
    }

    @Test
    @WithUserDetails("feiying.mediator")
    void anotherCentresMediatorDoesNotSeeThePlan() throws Exception {
        plan();

        mvc.perform(get("/schedule")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(caseNumber))));
    }

    @Test
    @WithUserDetails("clerk")
    void intakeClerkHasNoDiary() throws Exception {
        mvc.perform(get("/schedule")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void planFormWithAPastStartComesBackWithTheErrorBesideTheField() throws Exception {
        mvc.perform(post("/cases/" + caseNumber + "/planned-sessions").with(csrf())
                        .param("startsAt", BusinessTime.now().minusDays(1).withSecond(0).withNano(0).format(ISO))
                        .param("place", "调解室").param("invitedRoles", "APPLICANT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-field=\"startsAt\"")));
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void planFormPlansTheSessionAndTheCasePageListsIt() throws Exception {
        mvc.perform(post("/cases/" + caseNumber + "/planned-sessions").with(csrf())
                        .param("startsAt", start.format(ISO)).param("durationMinutes", "60").param("place", "菱湖渔业中心三楼")
                        .param("invitedRoles", "APPLICANT", "RESPONDENT").param("invitedAgencies", "FISHERY_ASSOCIATION"))
                .andExpect(redirectedUrl("/cases/" + caseNumber));

        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("菱湖渔业中心三楼")))
                .andExpect(content().string(containsString("已预约")));
        assertThat(jdbc.queryForObject("SELECT invited_agencies FROM case_planned_session p JOIN dispute_case c"
                + " ON c.id = p.case_id WHERE c.case_number = ?", String.class, caseNumber)).isEqualTo("FISHERY_ASSOCIATION");
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void cancelFormCancelsThePlan() throws Exception {
        long id = plan();

        mvc.perform(post("/cases/" + caseNumber + "/planned-sessions/" + id + "/cancel").with(csrf())
                        .param("reason", "当事人生病"))
                .andExpect(redirectedUrl("/cases/" + caseNumber));

        assertThat(jdbc.queryForObject("SELECT status FROM case_planned_session WHERE id = ?", String.class, id))
                .isEqualTo("CANCELLED");
    }

    private long plan() {
        var response = ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/planned-sessions",
                "{\"startsAt\": \"" + start.format(ISO) + "\", \"place\": \"菱湖镇调解室\", \"invitedRoles\": [\"APPLICANT\"]}");
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }
}
