package org.mediationdesk.rulesets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.RuleSetDrafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft that breaks the rule policy is refused at validation, scenario run, simulation, submission
 * and approval over the API, naming file and line, and nothing of it runs; a draft whose rules loop
 * for ever is halted at a limit while the node goes on answering. The firing limit is lifted here
 * so that the loop runs long enough (to the memory or time limit) for another request to be answered meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mediationdesk.rules.limits.max-firings=2000000000", "mediationdesk.rules.limits.max-time=3s"})
class RuleSandboxIT {

    private static final Path SENTINEL = Path.of(System.getProperty("java.io.tmpdir"), "mediationdesk-sandbox-it");
    private static final String WRITES_A_FILE = """

            function boolean leaks(String text) {
                java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), text);
                return false;
            }
            """.formatted(SENTINEL);
    private static final String LOOPS = """

            rule "七十七人的纠纷反复重新评估"
            when
                DisputeFact(peopleInvolved == 77)
                $triage : TriageDecision()
            then
                update($triage);
            end
            """;
    private static final String LOOP_SCENARIO = """
            场景 scenario,纠纷类型 type,来源 source,县区 countyCode,乡镇街道 township,人数 people,预期风险等级 risk
            七十七人的纠纷,NEIGHBOUR,WALK_IN,吴兴区,月河街道,77,MEDIUM
            """;

    @Autowired
    TestRestTemplate rest;

    @Test
    void draftBreakingThePolicyIsRefusedAtEveryStepNamingFileAndLineAndNothingRuns() throws Exception {
        Files.deleteIfExists(SENTINEL);
        RuleSetDrafts drafts = new RuleSetDrafts(rest);
        long draft = drafts.draft("author");
        String triage = drafts.file(draft, "rules/triage.drl");
        int line = (int) triage.lines().count() + 3;
        assertThat(drafts.save("author", draft, "rules/triage.drl", triage + WRITES_A_FILE).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ApiClient author = ApiClient.as(rest, "author");
        String path = "/api/rulesets/versions/" + draft;

        JsonNode validation = author.postJson(path + "/validation", "{}").getBody();
        assertThat(validation.get("compiles").asBoolean()).isFalse();
        assertThat(validation.at("/problems/0/file").asText()).isEqualTo("rules/triage.drl");
        assertThat(validation.at("/problems/0/line").asInt()).isEqualTo(line);
        assertThat(validation.at("/problems/0/message").asText()).contains("不允许在规则中使用 java.nio.file");

        assertThat(author.postJson(path + "/scenario-runs", "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(author.get(path + "/simulation?from=2026-01-01&to=2026-12-31").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> submission = author.postJson(path + "/submission", "{\"comment\":\"请审核\"}");
        assertThat(submission.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(submission.getBody().toString()).contains("rules/triage.drl", "java.nio.file");
        assertThat(drafts.approve("admin", draft).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(SENTINEL).doesNotExist();
    }

    @Test
    void draftThatLoopsForEverFailsItsScenarioAtALimitWhileTheNodeKeepsAnswering() throws Exception {
        RuleSetDrafts drafts = new RuleSetDrafts(rest);
        long draft = drafts.draft("author");
        drafts.save("author", draft, "rules/triage.drl", drafts.file(draft, "rules/triage.drl") + LOOPS);
        drafts.save("author", draft, "rules/scenarios/loop.csv", LOOP_SCENARIO);
        ApiClient author = ApiClient.as(rest, "author");

        CompletableFuture<ResponseEntity<JsonNode>> run = CompletableFuture.supplyAsync(
                () -> author.postJson("/api/rulesets/versions/" + draft + "/scenario-runs", "{}"));
        ResponseEntity<JsonNode> meanwhile = ApiClient.as(rest, "clerk").get("/api/reference/dispute-types");
        boolean answeredWhileLooping = !run.isDone();
        ResponseEntity<JsonNode> result = run.get(60, TimeUnit.SECONDS);

        assertThat(meanwhile.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answeredWhileLooping).as("another request was answered while the loop ran").isTrue();
        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody().at("/failed").asInt()).isEqualTo(1);
        assertThat(result.getBody().toString()).contains("rules/scenarios/loop.csv", "规则执行超出上限，疑似循环触发");
    }

}
