package org.mediationdesk.partners;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A police contact lists the critical disputes reported to their desk and acknowledges one; who and when go into
 * the case history. Another desk's contact neither lists nor acknowledges it, nor opens it.
 */
@ApplicationTest
class PoliceNoticeIT {

    private static final String FEIYING_POLICE = "feiying.police";
    private static final String NANXUN_POLICE = "nanxun.police";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void policeContactAcknowledgesACriticalDisputeReportedToTheirDeskAndTheHistoryShowsWhoAndWhen() {
        String caseNumber = criticalDisputeInFeiying();
        ApiClient police = ApiClient.as(rest, FEIYING_POLICE);

        JsonNode notice = notice(police, caseNumber);
        assertThat(notice.get("riskLevel").asText()).isEqualTo("CRITICAL");
        assertThat(notice.hasNonNull("acknowledgedAt")).isFalse();

        var acknowledged = police.postJson("/api/police/notices/" + caseNumber + "/acknowledgement",
                "{\"note\": \"已安排社区民警上门\"}");

        assertThat(acknowledged.getStatusCode()).as("%s", acknowledged.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.tasks(caseNumber, "acknowledgeAlert")).isEmpty();
        JsonNode after = notice(police, caseNumber);
        assertThat(after.get("acknowledgedBy").asText()).isEqualTo(FEIYING_POLICE);
        assertThat(after.get("acknowledgedByName").asText()).isEqualTo("马志军（飞英派出所民警）");
        assertThat(after.hasNonNull("acknowledgedAt")).isTrue();
        Map<String, Object> event = jdbc.queryForMap("SELECT e.actor, e.occurred_at, e.note FROM case_event e"
                + " JOIN dispute_case c ON c.id = e.case_id WHERE c.case_number = ? AND e.event_type = 'POLICE_ACKNOWLEDGED'",
                caseNumber);
        assertThat(event.get("actor")).isEqualTo(FEIYING_POLICE);
        assertThat(event.get("occurred_at")).isNotNull();
        assertThat((String) event.get("note")).contains("已安排社区民警上门");
        assertThat(police.postJson("/api/police/notices/" + caseNumber + "/acknowledgement", "{}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anotherDesksPoliceContactIsRefusedTheNotice() {
        String caseNumber = criticalDisputeInFeiying();
        ApiClient otherDesk = ApiClient.as(rest, NANXUN_POLICE);

        assertThat(otherDesk.get("/api/police/notices").getBody().findValuesAsText("caseNumber")).doesNotContain(caseNumber);
        assertThat(otherDesk.postJson("/api/police/notices/" + caseNumber + "/acknowledgement", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherDesk.get("/api/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workflow.tasks(caseNumber, "acknowledgeAlert")).hasSize(1);
        assertThat(workflow.claim(NANXUN_POLICE, workflow.task(caseNumber, "acknowledgeAlert").getId())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void policeContactSeesNoCaseOfTheirStationsCentreThatWasNotReportedToThem() {
        ObjectNode referral = Disputes.fisheryDisputeInLinghu().put("type", "NEIGHBOUR").put("source", "POLICE_REFERRAL")
                .put("countyCode", "330502").put("township", "飞英街道").put("description", "邻里噪音纠纷，派出所出警后移送");
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", referral.toString());
        String caseNumber = response.getBody().get("caseNumber").asText();

        assertThat(ApiClient.as(rest, "feiying.mediator").get("/api/cases/" + caseNumber).getBody().at("/centre/code")
                .asText()).isEqualTo("WX-FEIYING-POLICE");
        assertThat(ApiClient.as(rest, FEIYING_POLICE).get("/api/cases/" + caseNumber).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @WithUserDetails(FEIYING_POLICE)
    void policeContactAcknowledgesOnTheNoticesPageAndTheCaseHistoryNamesThem() throws Exception {
        String caseNumber = criticalDisputeInFeiying();

        mvc.perform(get("/police/notices")).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/police/notices/" + caseNumber + "/acknowledge\"")));
        mvc.perform(post("/police/notices/" + caseNumber + "/acknowledge").param("note", "已电话联系双方").with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/police/notices")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("action=\"/police/notices/" + caseNumber + "/acknowledge\""))))
                .andExpect(content().string(containsString("马志军（飞英派出所民警） 于")));
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("马志军（飞英派出所民警）")))
                .andExpect(content().string(containsString("确认已知悉：已电话联系双方")));
    }

    @Test
    @WithUserDetails(NANXUN_POLICE)
    void anotherDesksPoliceContactIsRefusedOnThePages() throws Exception {
        String caseNumber = criticalDisputeInFeiying();

        mvc.perform(get("/police/notices")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(caseNumber))));
        mvc.perform(post("/police/notices/" + caseNumber + "/acknowledge").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isForbidden());
        assertThat(workflow.tasks(caseNumber, "acknowledgeAlert")).hasSize(1);
    }

    private String criticalDisputeInFeiying() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu().put("type", "NEIGHBOUR").put("countyCode", "330502")
                .put("township", "飞英街道").put("village", "南街社区").put("description", "邻里因停车位发生争执，一方持刀");
        body.putArray("riskIndicators").add("WEAPONS");
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = response.getBody().get("caseNumber").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> !workflow.tasks(caseNumber, "acknowledgeAlert").isEmpty());
        return caseNumber;
    }

    private static JsonNode notice(ApiClient police, String caseNumber) {
        List<JsonNode> found = new ArrayList<>();
        police.get("/api/police/notices").getBody().forEach(notice -> {
            if (caseNumber.equals(notice.get("caseNumber").asText())) {
                found.add(notice);
            }
        });
        assertThat(found).as("notices of %s", caseNumber).hasSize(1);
        return found.get(0);
    }
}
