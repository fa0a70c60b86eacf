package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 督办 with an answer, on the demo centres: the fishery centre has a manager; 吴兴区's police-station
 * sub-centre and county centre have none, so their cases' supervision goes to the city centre.
 */
@ApplicationTest
class SupervisionIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingCalendar calendar;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void centresManagersInstructWithALeadOfficialAndADeadlineAndTheCentresAnswerEndsTheRound() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "superviseCase")))
                .containsExactly("managers:NX-LINGHU-FISHERY");

        workflow.work("linghu.manager", caseNumber, "superviseCase",
                "{\"instruction\": \"今日内受理并联系双方\", \"leadOfficial\": \"王强（菱湖镇副镇长）\", \"answerWithinWorkingDays\": 2}");

        Map<String, Object> round = roundOf(caseNumber);
        assertThat(round).containsEntry("level", "CENTRE").containsEntry("supervising_centre", "NX-LINGHU-FISHERY")
                .containsEntry("lead_official", "王强（菱湖镇副镇长）").containsEntry("instructed_by", "linghu.manager");
        var answerTask = workflow.task(caseNumber, "answerSupervision");
        assertThat(workflow.candidateGroups(answerTask)).containsExactly("NX-LINGHU-FISHERY");
        assertThat(answerTask.getDueDate()).isNotNull();
        LocalDateTime instructedAt = jdbc.queryForObject("SELECT instructed_at FROM case_supervision WHERE id = ?",
                LocalDateTime.class, round.get("id"));
        assertThat(jdbc.queryForObject("SELECT answer_due FROM case_supervision WHERE id = ?", LocalDateTime.class,
                round.get("id"))).as("the end of the second working day after the instruction")
                .isEqualTo(calendar.deadline(instructedAt, 2));

        workflow.work("linghu.mediator", caseNumber, "answerSupervision", "{\"answer\": \"已受理，约定周五调解\"}");

        JsonNode supervision = workflow.caseAs("linghu.manager", caseNumber).get("supervision");
        assertThat(supervision).hasSize(1);
        assertThat(supervision.get(0).get("answer").asText()).isEqualTo("已受理，约定周五调解");
        assertThat(supervision.get(0).get("answeredBy").asText()).isEqualTo("linghu.mediator");
        assertThat(workflow.tasks(caseNumber, "answerSupervision")).isEmpty();
        assertThat(notes(caseNumber, "SUPERVISED")).singleElement().asString()
                .startsWith("今日内受理并联系双方（包案领导：王强（菱湖镇副镇长））；请于");
        assertThat(notes(caseNumber, "SUPERVISION_ANSWERED")).containsExactly("已受理，约定周五调解");
    }

    @Test
    void aCentreWithoutManagersHasItsSupervisionGoUpToTheFirstLevelWithSomeone() {
        String caseNumber = registerNeighbourDisputeInFeiying();

        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");

        assertThat(roundOf(caseNumber)).containsEntry("level", "CITY").containsEntry("supervising_centre", "HZ-CITY")
                .containsEntry("skipped_centres", "WX-FEIYING,WX-COUNTY");
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "superviseCase"))).containsExactly("managers:HZ-CITY");
        JsonNode queue = ApiClient.as(rest, "huzhou.manager").get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();
        assertThat(queue.get("items").findValuesAsText("stage")).containsExactly("superviseCase");
        assertThat(notes(caseNumber, "SUPERVISION_OPENED")).containsExactly(
                "提请湖州市社会矛盾纠纷调处化解中心领导督办（飞英街道社会矛盾纠纷调处化解分中心、吴兴区社会矛盾纠纷调处化解中心无在岗领导，已上交）");
    }

    @Test
    void manualTriageGoesToTheCountyCentresManagersOrTheFirstLevelUpWithSomeone() {
        String wuxingCase = registerNeighbourDisputeInFeiying();
        String nanxunCase = workflow.registerFisheryDispute();

        assertThat(processVariable(wuxingCase, "countyManagers")).isEqualTo("managers:HZ-CITY");
        assertThat(processVariable(nanxunCase, "countyManagers")).isEqualTo("managers:NX-COUNTY");
    }

    @Test
    void anAnswerNotGivenInTimeRaisesTheRoundAboveTheCityToTheAdministrators() {
        String caseNumber = registerNeighbourDisputeInFeiying();
        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");
        workflow.work("huzhou.manager", caseNumber, "superviseCase", "{\"instruction\": \"请吴兴区三日内反馈\"}");

        workflow.fireTimer(caseNumber, "answerDeadlinePassed");

        List<Map<String, Object>> rounds = jdbc.queryForList("SELECT s.level, s.lapsed_at, s.raised_from, s.reason"
                + " FROM case_supervision s JOIN dispute_case c ON c.id = s.case_id WHERE c.case_number = ? ORDER BY s.id",
                caseNumber);
        assertThat(rounds).extracting(row -> row.get("level")).containsExactly("CITY", "ADMINISTRATION");
        assertThat(rounds.get(0).get("lapsed_at")).isNotNull();
        assertThat(rounds.get(1)).containsEntry("reason", "ANSWER_OVERDUE");
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "superviseCase"))).containsExactly("administrators");
        assertThat(workflow.tasks(caseNumber, "answerSupervision")).isEmpty();
        JsonNode adminQueue = ApiClient.as(rest, "admin").get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();
        assertThat(adminQueue.get("items").findValuesAsText("stage")).containsExactly("superviseCase");
    }

    @Test
    void anotherCentresMediatorCannotAnswerTheSupervision() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");
        workflow.work("linghu.manager", caseNumber, "superviseCase", "{\"instruction\": \"今日内受理\"}");

        var refused = workflow.claim("feiying.mediator", workflow.task(caseNumber, "answerSupervision").getId());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAnswerDeadlineOutsideOneToThirtyWorkingDaysIsRefusedNamingTheField() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");
        String taskId = workflow.task(caseNumber, "superviseCase").getId();
        workflow.claim("linghu.manager", taskId);

        var refused = workflow.complete("linghu.manager", taskId, "{\"instruction\": \"受理\", \"answerWithinWorkingDays\": 45}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("answerWithinWorkingDays");
        assertThat(roundOf(caseNumber).get("instructed_at")).isNull();
    }

    @Test
    @WithUserDetails("huzhou.manager")
    void cityDashboardShowsTheRoundsHandedUpAndWhoWasPassedOver() throws Exception {
        String caseNumber = registerNeighbourDisputeInFeiying();
        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");

        mvc.perform(get("/dashboard")).andExpect(status().isOk())
                .andExpect(content().string(containsString(caseNumber)))
                .andExpect(content().string(containsString("飞英街道社会矛盾纠纷调处化解分中心、吴兴区社会矛盾纠纷调处化解中心无在岗领导，已上交")));
    }

    @Test
    @WithUserDetails("linghu.manager")
    void casePageShowsTheRoundWithItsLeadOfficialDeadlineAndState() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");
        workflow.work("linghu.manager", caseNumber, "superviseCase",
                "{\"instruction\": \"今日内受理\", \"leadOfficial\": \"王强（菱湖镇副镇长）\"}");

        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"AWAITING_ANSWER\"")))
                .andExpect(content().string(containsString("菱湖渔业纠纷调处化解中心领导")))
                .andExpect(content().string(containsString("包案领导：王强（菱湖镇副镇长）")))
                .andExpect(content().string(containsString("反馈期限：")));
    }

    private String registerNeighbourDisputeInFeiying() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu().put("type", "NEIGHBOUR").put("countyCode", "330502")
                .put("township", "飞英街道").put("village", "南街社区").put("description", "楼上漏水，邻里多次交涉未果");
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private Object processVariable(String caseNumber, String name) {
        var runtime = engine.getRuntimeService();
        return runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId(), name);
    }

    private Map<String, Object> roundOf(String caseNumber) {
        return jdbc.queryForMap("SELECT s.* FROM case_supervision s JOIN dispute_case c ON c.id = s.case_id"
                + " WHERE c.case_number = ? ORDER BY s.id DESC LIMIT 1", caseNumber);
    }

    private List<String> notes(String caseNumber, String eventType) {
        return jdbc.queryForList("SELECT e.note FROM case_event e JOIN dispute_case c ON c.id = e.case_id"
                + " WHERE c.case_number = ? AND e.event_type = ? ORDER BY e.id", String.class, caseNumber, eventType);
    }
}
