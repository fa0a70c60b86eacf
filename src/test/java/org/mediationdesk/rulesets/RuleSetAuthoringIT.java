package org.mediationdesk.rulesets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.RuleSetDrafts;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.support.RuleSetDrafts.MARKER;

/**
 * Rule authors change the routing without a restart: a published draft routes new cases only, a
 * broken one is refused naming file and line while the running rules stay, and a roll-back brings
 * the earlier behaviour back. Each test puts the published version back as it found it.
 */
@ApplicationTest
class RuleSetAuthoringIT {

    private static final String FISHERY_CENTRE = "NX-LINGHU-FISHERY";
    private static final String COUNTY_CENTRE = "NX-COUNTY";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private RuleSetDrafts drafts;
    private long original;

    @BeforeEach
    void rememberThePublishedVersion() {
        drafts = new RuleSetDrafts(rest);
        original = drafts.publishedVersion();
    }

    @AfterEach
    void putThePublishedVersionBack() {
        drafts.restore(original);
    }

    @Test
    void publishedDraftRoutesNewCasesByTheNewRuleAndLeavesExistingCasesAlone() {
        JsonNode before = register(MARKER + "：鱼塘排水纠纷");
        assertThat(before.at("/centre/code").asText()).isEqualTo(FISHERY_CENTRE);
        long draft = drafts.trialDraft("author");

        var approved = drafts.approve("admin", draft);

        assertThat(approved.getStatusCode()).as(String.valueOf(approved.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(approved.getBody().at("/version/status").asText()).isEqualTo("PUBLISHED");
        assertThat(ApiClient.as(rest, "author").get("/api/rulesets/active").getBody().get("version").asText())
                .isEqualTo("v" + draft);
        JsonNode after = register(MARKER + "：鱼塘排水纠纷");
        assertThat(after.at("/centre/code").asText()).isEqualTo(COUNTY_CENTRE);
        assertThat(routingDecision(after).get("rules").toString()).contains(RuleSetDrafts.TRIAL_RULE_NAME);
        assertThat(routingDecision(after).get("ruleSetVersion").asText()).isEqualTo("v" + draft);
        assertThat(register("鱼塘排水纠纷").at("/centre/code").asText())
                .as("an unmarked fishery dispute still goes to the fishery centre").isEqualTo(FISHERY_CENTRE);
        JsonNode earlier = caseView(before.get("caseNumber").asText());
        assertThat(earlier.at("/centre/code").asText()).isEqualTo(FISHERY_CENTRE);
        assertThat(routingDecision(earlier).get("ruleSetVersion").asText()).isEqualTo("v" + original);
    }

    @Test
    void draftWithASyntaxErrorIsRefusedNamingFileAndLineAndTheRunningRulesStay() {
        long draft = drafts.draft("author");
        String routing = drafts.file(draft, "rules/routing.drl");
        String broken = routing + "\nrule \"未写完的规则\"\nwhen\n    DisputeFact(peopleInvolved >= )\nthen\nend\n";
        int brokenLine = lineOf(broken, "peopleInvolved >= )");
        drafts.save("author", draft, "rules/routing.drl", broken);

        JsonNode validation = ApiClient.as(rest, "author")
                .postJson("/api/rulesets/versions/" + draft + "/validation", "{}").getBody();
        var refused = drafts.trySubmit("author", draft);

        assertThat(validation.get("compiles").asBoolean()).isFalse();
        assertThat(validation.get("problems").findValuesAsText("file")).containsOnly("rules/routing.drl");
        assertThat(validation.get("problems").findValues("line")).extracting(JsonNode::asInt).contains(brokenLine);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).contains("rules/routing.drl:" + brokenLine);
        assertRunningRulesUntouched();
    }

    @Test
    void draftTestingAFieldDisputesDoNotHaveIsRefusedNamingTheFieldAndLine() {
        long draft = drafts.draft("author");
        String routing = drafts.file(draft, "rules/routing.drl");
        String unknownField = routing
                + RuleSetDrafts.TRIAL_RULE.replace("description.contains", "numberOfBoats > 2 && description.contains");
        int fieldLine = lineOf(unknownField, "numberOfBoats");
        drafts.save("author", draft, "rules/routing.drl", unknownField);

        var refused = drafts.trySubmit("author", draft);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problems = refused.getBody().get("problems");
        assertThat(problems.toString()).contains("numberOfBoats");
        assertThat(problems.findValuesAsText("file")).containsOnly("rules/routing.drl");
        assertThat(problems.findValues("line")).extracting(JsonNode::asInt).contains(fieldLine);
        assertRunningRulesUntouched();
    }

    @Test
    void draftFailingAScenarioIsRefusedNamingTheTableAndRow() {
        long draft = drafts.draft("author");
        drafts.save("author", draft, "rules/scenarios/authors.csv", RuleSetDrafts.TRIAL_SCENARIOS);
        drafts.submit("author", draft);

        var refused = drafts.approve("admin", draft);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("rules/scenarios/authors.csv:2");
        assertThat(refused.getBody().get("errors").findValuesAsText("message").get(0))
                .contains("expected centre NX-COUNTY but got " + FISHERY_CENTRE);
        assertRunningRulesUntouched();
    }

    @Test
    void rollBackPublishesTheEarlierVersionAgainAndItsRoutingReturns() {
        long draft = drafts.trialDraft("author");
        assertThat(drafts.approve("admin", draft).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(register(MARKER).at("/centre/code").asText()).isEqualTo(COUNTY_CENTRE);

        var rolledBack = drafts.rollBack("author", original);

        assertThat(rolledBack.getStatusCode()).as(String.valueOf(rolledBack.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(drafts.publishedVersion()).isEqualTo(original);
        assertThat(register(MARKER).at("/centre/code").asText()).isEqualTo(FISHERY_CENTRE);
        JsonNode audit = rolledBack.getBody().get("audit");
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("ROLLED_BACK");
        assertThat(last.get("actor").asText()).isEqualTo("author");
        JsonNode retired = ApiClient.as(rest, "author").get("/api/rulesets/versions/" + draft).getBody();
        assertThat(retired.at("/version/status").asText()).isEqualTo("RETIRED");
    }

    @Test
    void mediatorSeesNoRuleSetsNorDrafts() {
        long draft = drafts.draft("author");

        assertThat(ApiClient.as(rest, "nanxun.mediator").get("/api/rulesets/versions").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "nanxun.mediator").get("/api/rulesets/versions/" + draft).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "nanxun.manager").get("/api/rulesets/versions/" + draft).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(drafts.approve("nanxun.manager", draft).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void nobodyWhoPreparedADraftMayApproveIt() {
        String secondAuthor = new TestUsers(users, passwordEncoder).ruleAuthor("author2");
        long draft = drafts.draft("author");
        String routing = drafts.file(draft, "rules/routing.drl");
        drafts.save(secondAuthor, draft, "rules/routing.drl", routing + RuleSetDrafts.TRIAL_RULE);
        drafts.save(secondAuthor, draft, "rules/scenarios/authors.csv", RuleSetDrafts.TRIAL_SCENARIOS);

        assertThat(drafts.approve("admin", draft).getStatusCode()).as("not yet submitted").isEqualTo(HttpStatus.CONFLICT);
        drafts.submit("author", draft);
        var byCreator = drafts.approve("author", draft);
        var byEditor = drafts.approve(secondAuthor, draft);

        assertThat(byCreator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byCreator.getBody().get("detail").asText()).contains("另一位");
        assertThat(byEditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(drafts.publishedVersion()).isEqualTo(original);
        var byAdmin = drafts.approve("admin", draft);
        assertThat(byAdmin.getStatusCode()).as(String.valueOf(byAdmin.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(byAdmin.getBody().get("audit").findValuesAsText("action"))
                .containsSubsequence("CREATED", "EDITED", "SUBMITTED", "PUBLISHED");
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    private void assertRunningRulesUntouched() {
        assertThat(drafts.publishedVersion()).isEqualTo(original);
        assertThat(ApiClient.as(rest, "author").get("/api/rulesets/active").getBody().get("version").asText())
                .isEqualTo("v" + original);
        assertThat(register(MARKER).at("/centre/code").asText()).isEqualTo(FISHERY_CENTRE);
    }

    private JsonNode register(String description) {
        var body = Disputes.fisheryDisputeInLinghu().put("description", description);
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    private JsonNode caseView(String caseNumber) {
        return ApiClient.as(rest, "clerk").get("/api/cases/" + caseNumber).getBody();
    }

    private static JsonNode routingDecision(JsonNode caseView) {
        for (JsonNode decision : caseView.get("decisions")) {
            if ("ROUTING".equals(decision.get("kind").asText())) {
                return decision;
            }
        }
        throw new AssertionError("no routing decision in " + caseView);
    }
}
