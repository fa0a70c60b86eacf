package org.mediationdesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.RuleEvaluationException;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

/** A rule that throws at run time never loses a case: it goes to the county centre's manual triage. */
@ApplicationTest
class RuleFailureIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @MockitoSpyBean
    DisputeRules rules;

    @Test
    void disputeWhoseRoutingRulesFailWaitsForTheCountyManagersWithTheErrorOnRecord() {
        doThrow(new RuleEvaluationException(DisputeRules.ROUTING, "除数为零", new ArithmeticException()))
                .when(rules).route(any(), any());

        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode view = response.getBody();
        String caseNumber = view.get("caseNumber").asText();
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_MANUAL_TRIAGE");
        assertThat(view.at("/centre/code").asText()).isEqualTo("NX-COUNTY");
        JsonNode failed = view.get("decisions").get(view.get("decisions").size() - 1);
        assertThat(failed.get("error").asText()).contains("除数为零");
        assertThat(failed.get("explanation").asText()).startsWith("规则执行出错");
        var workflow = new Workflow(rest, engine);
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "triageManually")))
                .containsExactly("managers:NX-COUNTY");
        JsonNode queue = ApiClient.as(rest, "nanxun.manager").get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody();
        assertThat(queue.get("items").findValuesAsText("caseNumber")).contains(caseNumber);
    }
}
