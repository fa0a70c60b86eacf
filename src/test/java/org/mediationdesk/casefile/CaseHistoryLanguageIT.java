package org.mediationdesk.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the system writes into a case's history is stored as data and read in the reader's language, with
 * people by name; history written before that keeps showing its stored note.
 */
@ApplicationTest
@WithUserDetails("linghu.mediator")
class CaseHistoryLanguageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    Workflow workflow;
    String caseNumber;

    @BeforeEach
    void registerAndAccept() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
    }

    @Test
    void systemHistoryIsStoredAsDataAndReadInEnglishByAnEnglishReader() throws Exception {
        String english = timeline(page("en"));
        String chinese = timeline(page("zh_CN"));

        assertThat(english).contains("Routed to", "Accepted", "Assigned to").doesNotContain("分派至", "已受理", "linghu.");
        assertThat(chinese).contains("分派至菱湖渔业纠纷调处化解中心", "已受理", "分派给").doesNotContain("Routed to");
        assertThat(jdbc.queryForObject("SELECT detail FROM case_event e JOIN dispute_case c ON c.id = e.case_id"
                + " WHERE c.case_number = ? AND e.event_type = 'ROUTED'", String.class, caseNumber))
                .startsWith("{\"key\":\"routed\",\"args\":[[\"CENTRE\",");
    }

    @Test
    void plannedSessionReadsInTheReadersLanguageWithInviteesByTheirNames() throws Exception {
        var planned = ApiClient.as(rest, "linghu.mediator").postJson("/api/cases/" + caseNumber + "/planned-sessions",
                "{\"startsAt\": \"" + BusinessTime.now().plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0)
                        + "\", \"place\": \"菱湖镇调解室\", \"invitedRoles\": [\"APPLICANT\"],"
                        + " \"invitedAgencies\": [\"FISHERY_ASSOCIATION\"], \"note\": \"带鱼苗购买凭证\"}");
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(timeline(page("en"))).contains("Session planned:", "菱湖镇调解室; invited: Applicant, ", "; note: 带鱼苗购买凭证")
                .doesNotContain("预约调解", "申请人", "APPLICANT", "FISHERY_ASSOCIATION");
        assertThat(timeline(page("zh_CN"))).contains("预约调解：", "菱湖镇调解室；邀请：申请人、", "；备注：带鱼苗购买凭证");
    }

    @Test
    void historyWrittenBeforeDetailsShowsItsStoredNoteInEitherLanguage() throws Exception {
        jdbc.update("INSERT INTO case_event (case_id, occurred_at, actor, event_type, note)"
                + " SELECT id, registered_at, 'linghu.mediator', 'SUPERVISED', '旧记录：请按期办理' FROM dispute_case"
                + " WHERE case_number = ?", caseNumber);

        assertThat(timeline(page("en"))).contains("旧记录：请按期办理");
        assertThat(timeline(page("zh_CN"))).contains("旧记录：请按期办理");
    }

    @Test
    void apiShowsTheActorsNameBesideTheLogin() {
        JsonNode events = workflow.caseAs("linghu.mediator", caseNumber).get("events");

        assertThat(events.findValuesAsText("actor")).contains("linghu.mediator");
        assertThat(events.findValuesAsText("actorName")).contains("徐海林（渔业调解员）").doesNotContain("linghu.mediator");
    }

    private String page(String language) throws Exception {
        return mvc.perform(get("/cases/" + caseNumber).param("lang", language))
                .andReturn().getResponse().getContentAsString();
    }

    private static String timeline(String page) {
        int from = page.indexOf("id=\"timeline\"");
        return page.substring(from, page.indexOf("</ol>", from));
    }
}
