package org.mediationdesk.intake;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering a dispute over HTTP: routed by the rules, stored, and waiting at the right centre. */
@ApplicationTest
class CaseRegistrationIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;

    @Test
    void fisheryDisputeInLinghuIsRoutedToFisheryCentreAndWaitsForItsAcceptance() {
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = response.getBody();
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("NX-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseNumber);
        assertThat(body.get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(body.at("/centre/code").asText()).isEqualTo("NX-LINGHU-FISHERY");
        assertThat(body.at("/centre/name").asText()).isEqualTo("菱湖渔业纠纷调处化解中心");
        JsonNode routing = decision(body, "ROUTING");
        assertThat(routing.get("rule").asText()).isEqualTo("行业纠纷发生在行业调解中心服务区域内的由该行业中心调处");
        assertThat(routing.get("outcome").asText()).isEqualTo("NX-LINGHU-FISHERY");
        assertThat(routing.get("explanation").asText())
                .isEqualTo("分派至菱湖渔业纠纷调处化解中心：规则「行业纠纷发生在行业调解中心服务区域内的由该行业中心调处」");

        var task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("acceptCase");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("NX-LINGHU-FISHERY");
        List<String> stored = jdbc.queryForObject(
                "SELECT status, centre_code, process_instance_id FROM dispute_case WHERE case_number = ?",
                (row, i) -> List.of(row.getString(1), row.getString(2), row.getString(3)), caseNumber);
        assertThat(stored).containsExactly("AWAITING_ACCEPTANCE", "NX-LINGHU-FISHERY", task.getProcessInstanceId());
    }

    @Test
    void registrationRecordsWhoRegisteredAndWhereTheRulesSentIt() {
        String caseNumber = register();

        JsonNode events = ApiClient.as(rest, "clerk").get("/api/cases/" + caseNumber).getBody().get("events");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("type").asText()).isEqualTo("REGISTERED");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("clerk");
        assertThat(events.get(1).get("type").asText()).isEqualTo("ROUTED");
        assertThat(events.get(1).get("fromStatus").asText()).isEqualTo("REGISTERED");
        assertThat(events.get(1).get("toStatus").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(events.get(1).get("note").asText()).isEqualTo("分派至菱湖渔业纠纷调处化解中心");
    }

    @Test
    void chineseTextAndSupplementaryCharactersRoundTrip() {
        var body = Disputes.fisheryDisputeInLinghu();
        String description = "𠮷家鱼塘与邻户争水，双方协商未果 — 包括“引号”与 emoji 🐟";
        body.put("description", description);
        Disputes.party(body, 1).put("name", "浙江菱湖𫖯水产专业合作社");

        var created = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        JsonNode read = ApiClient.as(rest, "clerk").get(created.getHeaders().getLocation().toString()).getBody();

        assertThat(read.get("description").asText()).isEqualTo(description);
        assertThat(read.at("/parties/1/name").asText()).isEqualTo("浙江菱湖𫖯水产专业合作社");
        assertThat(jdbc.queryForObject("SELECT description FROM dispute_case WHERE case_number = ?", String.class,
                read.get("caseNumber").asText())).isEqualTo(description);
    }

    @Test
    void readingACaseMasksIdNumbersAndPhonesThatAreStoredSealed() {
        String caseNumber = register();

        JsonNode applicant = ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber).getBody()
                .at("/parties/0");

        assertThat(applicant.get("idNumber").asText()).isEqualTo("330503********0012");
        assertThat(applicant.get("phone").asText()).isEqualTo("138****1234");
        assertThat(jdbc.queryForObject("SELECT p.id_number FROM case_party p JOIN dispute_case c ON c.id = p.case_id "
                + "WHERE c.case_number = ? AND p.seq = 0", String.class, caseNumber))
                .startsWith("k").doesNotContain("330503197203150012");
    }

    @Test
    void mediatorOfAnotherCentreIsForbiddenToReadTheCase() {
        String caseNumber = register();

        var response = ApiClient.as(rest, "feiying.mediator").get("/api/cases/" + caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText()).contains("其他中心");
    }

    @Test
    void countyManagerSeesCasesOfTheCountysSubCentres() {
        String caseNumber = register();

        var response = ApiClient.as(rest, "nanxun.manager").get("/api/cases/" + caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unknownCaseNumberIsNotFound() {
        var response = ApiClient.as(rest, "clerk").get("/api/cases/NX-1999-999999");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        var response = ApiClient.anonymous(rest).postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void ruleAuthorMayNotRegisterDisputes() {
        var response = ApiClient.as(rest, "author").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        var response = rest.withBasicAuth("clerk", "wrong").getForEntity("/api/reference/centres", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void caseNumbersCountUpPerCountyAndYear() {
        String first = register();
        String second = register();

        assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
        assertThat(second.substring(0, 8)).isEqualTo(first.substring(0, 8));
    }

    @Test
    void referenceListsAreServedInChinese() {
        var types = ApiClient.as(rest, "clerk").get("/api/reference/dispute-types").getBody();
        var regions = ApiClient.as(rest, "clerk").get("/api/reference/regions").getBody();
        var centres = ApiClient.as(rest, "clerk").get("/api/reference/centres").getBody();

        assertThat(types.findValuesAsText("nameZh")).contains("婚姻家庭", "渔业", "其它").hasSize(18);
        assertThat(regions.findValuesAsText("nameZh")).contains("吴兴区", "南浔区", "德清县", "长兴县", "安吉县", "菱湖镇");
        assertThat(centres.findValuesAsText("nameZh")).contains("菱湖渔业纠纷调处化解中心", "飞英派出所矛盾纠纷调处化解分中心",
                "太湖街道基层治理综合指挥中心", "五四村矛盾纠纷调解点");
    }

    @Test
    void everyRuleDecisionIsRecordedWithItsFactsAndExplainedInEnglishOnRequest() {
        String caseNumber = register();

        JsonNode decisions = ApiClient.as(rest, "clerk").get("/api/cases/" + caseNumber, "en").getBody().get("decisions");

        assertThat(decisions.findValuesAsText("kind")).containsExactly("TRIAGE", "ROUTING", "AGENCIES", "DEADLINES");
        assertThat(decisions.findValuesAsText("ruleSetVersion")).allSatisfy(v -> assertThat(v).matches("v[0-9]+"))
                .as("all four decisions come from one rule set version").containsOnly(decisions.get(0).get("ruleSetVersion").asText());
        assertThat(decisions.get(0).get("facts").asText()).contains("type=FISHERY", "people=2");
        assertThat(decisions.get(1).get("explanation").asText()).startsWith("Routed to Linghu Fishery Dispute Mediation Centre");
        assertThat(decisions.get(2).get("explanation").asText()).contains("Fishery association", "Agriculture and rural affairs bureau");
        assertThat(decisions.get(3).get("outcome").asText()).isEqualTo("acceptance=1WD, mediation=1M");
    }

    @Test
    void threatsTickedAtIntakeMakeAHighRiskDisputeWithAShorterDeadline() {
        var body = Disputes.fisheryDisputeInLinghu();
        body.putArray("riskIndicators").add("THREATS");

        JsonNode view = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody();

        assertThat(view.at("/risk/level").asText()).isEqualTo("HIGH");
        assertThat(view.at("/risk/flags").toString()).contains("CRIMINAL_RISK");
        assertThat(decision(view, "DEADLINES").get("outcome").asText()).isEqualTo("acceptance=1WD, mediation=1M;20WD");
    }

    @Test
    void theSamePartiesComingBackWithinAYearAreFlaggedAsRepeatAndCriminalRisk() {
        var body = Disputes.fisheryDisputeInLinghu();
        String uniquePhone = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        Disputes.party(body, 1).put("phone", uniquePhone);
        ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());

        JsonNode second = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody();

        assertThat(second.at("/risk/flags").toString()).contains("REPEAT", "CRIMINAL_RISK");
    }

    private static JsonNode decision(JsonNode view, String kind) {
        for (JsonNode decision : view.get("decisions")) {
            if (kind.equals(decision.get("kind").asText())) {
                return decision;
            }
        }
        throw new AssertionError("no " + kind + " decision in " + view.get("decisions"));
    }

    private static int sequenceOf(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    private String register() {
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }
}
