package org.mediationdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule set drafts over the real API, and a trial routing rule that touches only disputes whose
 * description says {@value #MARKER}: a test that publishes it changes no other test's routing,
 * even on a database shared with other running contexts.
 */
public final class RuleSetDrafts {

    public static final String MARKER = "试行新规";
    public static final String TRIAL_RULE_NAME = "试行：标明试行新规的渔业纠纷由县级矛调中心调处";
    /** Appended to rules/routing.drl: marked fishery disputes go to the county centre instead of the fishery centre. */
    public static final String TRIAL_RULE = """

            // Trial: fishery disputes marked as under the trial rule go to the county centre.
            rule "%s"
                activation-group "centre"
                salience 85
            when
                $dispute : DisputeFact(typeCode == "FISHERY", description.contains("%s"))
                $centre : CentreFact(kind == CentreKind.COUNTY, countyCode == $dispute.countyCode)
                $decision : RoutingDecision()
            then
                $decision.routeTo($centre);
            end
            """.formatted(TRIAL_RULE_NAME, MARKER);
    /** The author's own scenario table for the trial rule. */
    public static final String TRIAL_SCENARIOS = """
            场景 scenario,纠纷类型 type,来源 source,县区 countyCode,乡镇街道 township,人数 people,描述 description,预期调处中心 centre
            标明试行新规的菱湖渔业纠纷由南浔区矛调中心调处,FISHERY,WALK_IN,南浔区,菱湖镇,2,鱼塘纠纷（%s）,NX-COUNTY
            """.formatted(MARKER);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestRestTemplate rest;

    public RuleSetDrafts(TestRestTemplate rest) {
        this.rest = rest;
    }

    public long publishedVersion() {
        JsonNode versions = ApiClient.as(rest, "admin").get("/api/rulesets/versions").getBody();
        for (JsonNode version : versions) {
            if ("PUBLISHED".equals(version.get("status").asText())) {
                return version.get("id").asLong();
            }
        }
        throw new AssertionError("no published version in " + versions);
    }

    /** A draft copied from the published version; returns its id. */
    public long draft(String author) {
        var response = ApiClient.as(rest, author).postJson("/api/rulesets/versions",
                JSON.createObjectNode().put("comment", "test draft").toString());
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().at("/version/id").asLong();
    }

    public String file(long version, String path) {
        for (JsonNode file : ApiClient.as(rest, "admin").get("/api/rulesets/versions/" + version).getBody().get("files")) {
            if (file.get("path").asText().equals(path)) {
                return file.get("content").asText();
            }
        }
        throw new AssertionError("no file " + path + " in version " + version);
    }

    public ResponseEntity<JsonNode> save(String author, long version, String path, String content) {
        ObjectNode body = JSON.createObjectNode().put("path", path).put("content", content);
        return ApiClient.as(rest, author).putJson("/api/rulesets/versions/" + version + "/files", body.toString());
    }

    /** A draft with the trial rule and its scenario table, submitted by {@code author}; returns its id. */
    public long trialDraft(String author) {
        long draft = draft(author);
        assertThat(save(author, draft, "rules/routing.drl", file(draft, "rules/routing.drl") + TRIAL_RULE)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(save(author, draft, "rules/scenarios/authors.csv", TRIAL_SCENARIOS).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        submit(author, draft);
        return draft;
    }

    public void submit(String author, long version) {
        var response = trySubmit(author, version);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    }

    /** Submission refuses a draft that does not compile (400, errors by file and line). */
    public ResponseEntity<JsonNode> trySubmit(String author, long version) {
        return act(author, version, "submission");
    }

    public ResponseEntity<JsonNode> approve(String approver, long version) {
        return act(approver, version, "approval");
    }

    public ResponseEntity<JsonNode> rollBack(String actor, long version) {
        return act(actor, version, "rollback");
    }

    /** Puts {@code version} back as the published one if another is published now (for tests that publish). */
    public void restore(long version) {
        if (publishedVersion() != version) {
            var response = rollBack("admin", version);
            assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        }
    }

    private ResponseEntity<JsonNode> act(String actor, long version, String action) {
        return ApiClient.as(rest, actor).postJson("/api/rulesets/versions/" + version + "/" + action,
                JSON.createObjectNode().put("comment", "test " + action).toString());
    }
}
