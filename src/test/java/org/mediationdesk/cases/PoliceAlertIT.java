package org.mediationdesk.cases;

import java.time.Duration;
import java.util.List;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A critical dispute is reported to the police, who see the case and confirm they know of it, and no more. */
@ApplicationTest
class PoliceAlertIT {

    private static final String POLICE_MEDIATOR = "feiying.mediator";

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
    void policeStationServingTheTownshipGetsATaskToConfirmTheyKnowOfACriticalDispute() {
        String caseNumber = registerCriticalDisputeInFeiying();

        var alert = await().atMost(Duration.ofSeconds(30)).until(() -> workflow.tasks(caseNumber, "acknowledgeAlert"),
                tasks -> !tasks.isEmpty()).get(0);

        assertThat(workflow.candidateGroups(alert)).containsExactly("WX-FEIYING-POLICE");
        assertThat(jdbc.queryForObject("SELECT police_desk FROM dispute_case WHERE case_number = ?", String.class,
                caseNumber)).isEqualTo("WX-FEIYING-POLICE");
        assertThat(notes(caseNumber, "ESCALATED")).anyMatch(note -> note.contains("通知飞英派出所矛盾纠纷调处化解分中心的公安确认知悉"));
        JsonNode queue = ApiClient.as(rest, POLICE_MEDIATOR).get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();
        assertThat(queue.get("items").findValuesAsText("stage")).contains("acknowledgeAlert");

        workflow.work(POLICE_MEDIATOR, caseNumber, "acknowledgeAlert", "{\"note\": \"已安排社区民警上门了解情况\"}");

        assertThat(workflow.tasks(caseNumber, "acknowledgeAlert")).isEmpty();
        assertThat(notes(caseNumber, "POLICE_ACKNOWLEDGED"))
                .containsExactly("飞英派出所矛盾纠纷调处化解分中心确认已知悉：已安排社区民警上门了解情况");
    }

    @Test
    void alertedPoliceMaySeeTheCaseButNotWorkOnIt() {
        String caseNumber = registerCriticalDisputeInFeiying();
        await().atMost(Duration.ofSeconds(30)).until(() -> !workflow.tasks(caseNumber, "acknowledgeAlert").isEmpty());
        ApiClient police = ApiClient.as(rest, POLICE_MEDIATOR);

        assertThat(police.get("/api/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(police.get("/api/cases/" + caseNumber).getBody().at("/centre/code").asText()).isEqualTo("WX-COUNTY");
        assertThat(workflow.claim(POLICE_MEDIATOR, workflow.task(caseNumber, "acceptCase").getId()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(police.postJson("/api/cases/" + caseNumber + "/agencies", "{\"agencies\": [\"POLICE\"]}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @WithUserDetails(POLICE_MEDIATOR)
    void alertedPoliceSeeTheCasePageWithTheirTaskAndNoOtherWork() throws Exception {
        String caseNumber = registerCriticalDisputeInFeiying();
        await().atMost(Duration.ofSeconds(30)).until(() -> !workflow.tasks(caseNumber, "acknowledgeAlert").isEmpty());

        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"claim-acknowledgeAlert\"")))
                .andExpect(content().string(not(containsString("id=\"claim-acceptCase\""))))
                .andExpect(content().string(not(containsString("330503197203150012"))));
    }

    @Test
    void withoutAPoliceStationForTheTownshipThePoliceDeskOfTheCountyCentreIsAlerted() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        body.putArray("riskIndicators").add("WEAPONS");
        String caseNumber = register(body);

        var alert = await().atMost(Duration.ofSeconds(30)).until(() -> workflow.tasks(caseNumber, "acknowledgeAlert"),
                tasks -> !tasks.isEmpty()).get(0);

        assertThat(workflow.candidateGroups(alert)).containsExactly("NX-COUNTY");
    }

    private String registerCriticalDisputeInFeiying() {
        ObjectNode body = Disputes.fisheryDisputeInLinghu().put("type", "NEIGHBOUR").put("countyCode", "330502")
                .put("township", "飞英街道").put("village", "南街社区").put("description", "邻里因停车位发生争执");
        body.putArray("riskIndicators").add("WEAPONS");
        return register(body);
    }

    private String register(ObjectNode body) {
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private List<String> notes(String caseNumber, String eventType) {
        return jdbc.queryForList("SELECT e.note FROM case_event e JOIN dispute_case c ON c.id = e.case_id"
                + " WHERE c.case_number = ? AND e.event_type = ? ORDER BY e.id", String.class, caseNumber, eventType);
    }
}
