package org.mediationdesk.cases;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 联合调解 as the routing rules require it: a fishery dispute must involve the fishery association and
 * the agriculture bureau, so its mediation concludes only once each was asked and answered, missed its
 * deadline, or was waived by a manager.
 */
@ApplicationTest
class JointMediationEnforcedIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String MANAGER = "linghu.manager";
    private static final String FISHERY_ASSOCIATION = "FISHERY_ASSOCIATION";
    private static final String AGRICULTURE = "AGRICULTURE_RURAL";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    String caseNumber;

    @BeforeEach
    void fisheryDisputeInMediation() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.claim(MEDIATOR, workflow.task(caseNumber, "mediate").getId());
    }

    @Test
    void triageStoresTheAgenciesTheRoutingRulesRequireAsNotAsked() {
        assertThat(jdbc.queryForList("SELECT r.agency_code FROM case_required_agency r JOIN dispute_case c"
                + " ON c.id = r.case_id WHERE c.case_number = ? AND r.waived_by IS NULL", String.class, caseNumber))
                .containsExactlyInAnyOrder(FISHERY_ASSOCIATION, AGRICULTURE);
        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber)))
                .containsExactlyInAnyOrder("渔业协会=NOT_ASKED", "农业农村局=NOT_ASKED");
    }

    @Test
    void agreeingWithoutAskingTheRequiredAgenciesIsRefusedNamingThemInChinese() {
        var refused = conclude("AGREED");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("渔业协会").contains("农业农村局");
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(view.get("status").asText()).isEqualTo("IN_MEDIATION");
        assertThat(view.path("outcome").asText()).isEmpty();
        assertThat(view.get("events").findValuesAsText("type")).doesNotContain("OUTCOME_RECORDED");
        assertThat(workflow.tasks(caseNumber, "mediate")).hasSize(1);
    }

    @Test
    void failingIsRefusedWhileOneRequiredAgencyWasNeverAsked() {
        ask(FISHERY_ASSOCIATION);
        answerAll();

        var refused = conclude("FAILED");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("农业农村局").doesNotContain("渔业协会");
        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber)))
                .containsExactlyInAnyOrder("渔业协会=ANSWERED", "农业农村局=NOT_ASKED");
    }

    @Test
    void anAgencyAskedButNotYetAnsweredIsNamedAsOutstanding() {
        ask(FISHERY_ASSOCIATION, AGRICULTURE);

        var refused = conclude("AGREED");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("渔业协会").contains("农业农村局");
        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber)))
                .containsExactlyInAnyOrder("渔业协会=AWAITED", "农业农村局=AWAITED");
    }

    @Test
    void anAnswerAndAMissedDeadlineLetMediationConclude() {
        ask(FISHERY_ASSOCIATION, AGRICULTURE);
        var first = workflow.tasks(caseNumber, "agencyOpinion").get(0);
        workflow.claim(MEDIATOR, first.getId());
        workflow.complete(MEDIATOR, first.getId(), "{\"opinion\": \"按鱼苗市价核定损失\"}");
        workflow.fireTimer(caseNumber, "opinionDeadlinePassed");

        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber)))
                .extracting(state -> state.substring(state.indexOf('=') + 1))
                .containsExactlyInAnyOrder("ANSWERED", "MISSING");
        assertThat(conclude("AGREED").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("status").asText()).isEqualTo("AGREED");
    }

    @Test
    void managerWaivesAnAgencyWithAReasonRecordedInChineseAndMediationConcludes() {
        ask(FISHERY_ASSOCIATION);
        answerAll();

        var waived = waive(MANAGER, AGRICULTURE, "纠纷不涉及养殖证和水域使用权");

        assertThat(waived.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(states(view)).containsExactlyInAnyOrder("渔业协会=ANSWERED", "农业农村局=WAIVED");
        JsonNode agriculture = required(view, AGRICULTURE);
        assertThat(agriculture.get("waivedBy").asText()).isEqualTo(MANAGER);
        assertThat(agriculture.get("waiverReason").asText()).isEqualTo("纠纷不涉及养殖证和水域使用权");
        assertThat(agriculture.get("waivedAt").isNull()).isFalse();
        assertThat(view.get("events")).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("AGENCY_WAIVED");
            assertThat(event.get("note").asText()).isEqualTo("免除农业农村局参加联合调解：纠纷不涉及养殖证和水域使用权");
        });
        assertThat(jdbc.queryForObject("SELECT waiver_reason FROM case_required_agency r JOIN dispute_case c"
                + " ON c.id = r.case_id WHERE c.case_number = ? AND r.agency_code = ?", String.class, caseNumber, AGRICULTURE))
                .isEqualTo("纠纷不涉及养殖证和水域使用权");
        assertThat(conclude("AGREED").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void countyManagerMayWaiveAnAgencyOfASubCentresCase() {
        assertThat(waive("nanxun.manager", FISHERY_ASSOCIATION, "渔业协会回避").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber))).contains("渔业协会=WAIVED");
    }

    @Test
    void mediatorsAndOtherCentresCannotWaive() {
        assertThat(waive(MEDIATOR, AGRICULTURE, "不需要").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(waive("feiying.mediator", AGRICULTURE, "不需要").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber))).contains("农业农村局=NOT_ASKED");
    }

    @Test
    void waiverWithoutAReasonOrOfAnAgencyNotRequiredIsRefusedNamingTheField() {
        var noReason = waive(MANAGER, AGRICULTURE, " ");
        var notRequired = waive(MANAGER, "LABOUR_ARBITRATION", "不涉及");

        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(notRequired.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notRequired.getBody().get("errors").findValuesAsText("field")).containsExactly("agency");
        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber))).doesNotContain("农业农村局=WAIVED");
    }

    @Test
    void anAgencyAlreadyAskedCannotBeWaived() {
        ask(AGRICULTURE);

        var refused = waive(MANAGER, AGRICULTURE, "来不及等回复");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("农业农村局");
        assertThat(states(workflow.caseAs(MEDIATOR, caseNumber))).contains("农业农村局=AWAITED");
    }

    @Test
    void partiesMayWithdrawWithoutTheAgenciesHeard() {
        assertThat(conclude("WITHDRAWN").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(workflow.isEnded(caseNumber)).isTrue();
    }

    private ResponseEntity<JsonNode> conclude(String outcome) {
        return workflow.complete(MEDIATOR, workflow.task(caseNumber, "mediate").getId(),
                "{\"outcome\": \"" + outcome + "\"}");
    }

    private void ask(String... agencies) {
        var asked = ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/agencies",
                "{\"agencies\": [\"" + String.join("\", \"", agencies) + "\"]}");
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    private void answerAll() {
        for (var task : workflow.tasks(caseNumber, "agencyOpinion")) {
            workflow.claim(MANAGER, task.getId());
            assertThat(workflow.complete(MANAGER, task.getId(), "{\"opinion\": \"同意调解方案\"}").getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    private ResponseEntity<JsonNode> waive(String user, String agency, String reason) {
        return ApiClient.as(rest, user).postJson("/api/cases/" + caseNumber + "/agency-waivers",
                "{\"agency\": \"" + agency + "\", \"reason\": \"" + reason + "\"}");
    }

    /** Each required agency as "中文名=STATE". */
    private static List<String> states(JsonNode view) {
        List<String> states = new ArrayList<>();
        view.get("requiredAgencies").forEach(required ->
                states.add(required.at("/agency/name").asText() + "=" + required.get("state").asText()));
        return states;
    }

    private static JsonNode required(JsonNode view, String agencyCode) {
        for (JsonNode required : view.get("requiredAgencies")) {
            if (required.at("/agency/code").asText().equals(agencyCode)) {
                return required;
            }
        }
        throw new AssertionError("not required: " + agencyCode);
    }
}
