package org.mediationdesk.rulesets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.HeldExecutor;
import org.mediationdesk.support.RuleSetDrafts;
import org.mediationdesk.support.TableChecksums;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drafts run within bounds: one run per author and two per node, refused with a reason rather than
 * queued; simulations run as jobs that show progress, can be cancelled and are seen only by whoever
 * started them (and administrators); and on past cases within the author's scope: here 南浔区's rule
 * author ({@code author}) simulates on 南浔's centres only, an author listed under no county on none,
 * an administrator on all. Jobs run on a {@link HeldExecutor}: they run when a test says so.
 */
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mediationdesk.rulesets.simulation-scope=COUNTIES",
        "mediationdesk.rulesets.simulation-counties.330503=author"})
class DraftRunsIT {

    private static final HeldExecutor HELD = new HeldExecutor();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DraftRuns draftRuns;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @TestBean(name = "draftRunExecutor")
    ExecutorService draftRunExecutor;

    static ExecutorService draftRunExecutor() {
        return HELD;
    }

    @AfterEach
    void finishTheHeldJobs() {
        HELD.runAll();
    }

    @Test
    void simulationJobAnswers202ShowsItsProgressAndGivesTheReportOfADirectSimulation() throws IOException {
        String nanxun = register(Disputes.fisheryDisputeInLinghu());
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        Map<String, String> before = tablesButTheJobs();

        var started = start("author", draft);
        String job = started.getHeaders().getLocation().toString();
        JsonNode running = ApiClient.as(rest, "author").get(job).getBody();
        var reportTooEarly = ApiClient.as(rest, "author").get(job + "/report");
        HELD.runAll();
        JsonNode done = ApiClient.as(rest, "author").get(job).getBody();
        ObjectNode report = (ObjectNode) ApiClient.as(rest, "author").get(job + "/report?sample=1000").getBody();
        ObjectNode direct = (ObjectNode) simulate("author", draft);
        byte[] workbook = rest.withBasicAuth("author", ApiClient.DEMO_PASSWORD)
                .getForEntity(job + "/report.xlsx", byte[].class).getBody();

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(job).matches("/api/rulesets/versions/" + draft + "/simulations/[0-9a-f-]{36}");
        assertThat(running.get("state").asText()).isEqualTo("RUNNING");
        assertThat(running.get("casesDone").asInt()).isZero();
        assertThat(running.get("casesTotal").asInt()).isPositive();
        assertThat(running.get("counties").toString()).isEqualTo("[\"330503\"]");
        assertThat(reportTooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("casesDone").asInt()).isEqualTo(running.get("casesTotal").asInt());
        assertThat(done.get("report").asText()).isEqualTo(job + "/report");
        report.remove("elapsedMillis");
        direct.remove("elapsedMillis");
        assertThat(report).isEqualTo(direct);
        assertThat(report.get("changedCases").findValuesAsText("caseNumber")).contains(nanxun);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> listed = new ArrayList<>();
            book.getSheet("差异 differences").forEach(row -> listed.add(row.getCell(0).getStringCellValue()));
            assertThat(listed).contains(nanxun).hasSize(report.get("changed").asInt() + 1);
        }
        assertThat(tablesButTheJobs()).as("every table but the jobs', after the simulation").isEqualTo(before);
    }

    @Test
    void secondSimulationOfAnAuthorAnswers409NamingTheRunningOneAndOneBeyondThePool429() {
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        TestUsers testUsers = new TestUsers(users, passwordEncoder);
        String second = testUsers.ruleAuthor("second");
        String third = testUsers.ruleAuthor("third");

        var first = start("author", draft);
        var again = start("author", draft);
        var scenarios = ApiClient.as(rest, "author").postJson("/api/rulesets/versions/" + draft + "/scenario-runs", "{}");
        var other = start(second, draft);
        var full = start(third, draft);
        HELD.runAll();
        var afterwards = start(third, draft);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("reason").asText()).isEqualTo("AUTHOR_BUSY");
        assertThat(again.getBody().get("running").asText()).isEqualTo(first.getHeaders().getLocation().toString());
        assertThat(scenarios.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(full.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(full.getBody().get("detail").asText()).contains("已达上限（2 个）");
        assertThat(afterwards.getStatusCode()).as("the places are free once the jobs ended").isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void cancelledJobStopsBeforeItsNextCaseAndHasNoReport() {
        register(Disputes.fisheryDisputeInLinghu());
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        String job = start("author", draft).getHeaders().getLocation().toString();

        var cancelling = ApiClient.as(rest, "author").delete(job);
        HELD.runAll();
        JsonNode cancelled = ApiClient.as(rest, "author").get(job).getBody();

        assertThat(cancelling.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(cancelling.getBody().get("cancelRequested").asBoolean()).isTrue();
        assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("casesDone").asInt()).isZero();
        assertThat(cancelled.get("casesTotal").asInt()).isPositive();
        assertThat(ApiClient.as(rest, "author").get(job + "/report").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ApiClient.as(rest, "author").delete(job).getStatusCode()).as("it has ended").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyTheAuthorWhoStartedAJobOrAnAdministratorSeesOrCancelsIt() {
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        String other = new TestUsers(users, passwordEncoder).ruleAuthor("other");
        String job = start("author", draft).getHeaders().getLocation().toString();
        String jobId = job.substring(job.lastIndexOf('/') + 1);
        long published = new RuleSetDrafts(rest).publishedVersion();

        assertThat(ApiClient.as(rest, other).get(job).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, other).get(job).getBody().get("detail").asText()).contains("其他人启动");
        assertThat(ApiClient.as(rest, other).get(job + "/report").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, other).delete(job).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "nanxun.mediator").get(job).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, "admin").get(job).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ApiClient.as(rest, "author").get("/api/rulesets/versions/" + published + "/simulations/" + jobId)
                .getStatusCode()).as("the job of another version").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiClient.as(rest, "author").get("/api/rulesets/versions/" + draft + "/simulations/no-such-job")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiClient.as(rest, "admin").delete(job).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    @WithUserDetails("author")
    void runningSimulationsPageShowsAPollingProgressBarAndACancelButtonThatCancelsIt() throws Exception {
        register(Disputes.fisheryDisputeInLinghu());
        long draft = new RuleSetDrafts(rest).trialDraft("author");

        String job = mvc.perform(post("/rulesets/" + draft + "/simulations").with(csrf())
                        .param("from", BusinessTime.today().minusDays(6).toString()).param("to", BusinessTime.today().toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(job)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"simulation-progress\"")))
                .andExpect(content().string(containsString("hx-get=\"" + job + "/progress\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(containsString("已模拟 0 / ")))
                .andExpect(content().string(containsString("id=\"cancel-button\"")))
                .andExpect(content().string(containsString("南浔区各中心的案件")));
        mvc.perform(get(job + "/progress")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Refresh"))
                .andExpect(content().string(containsString("progress-bar")));
        mvc.perform(post(job + "/cancel").with(csrf())).andExpect(redirectedUrl(job));
        HELD.runAll();

        mvc.perform(get(job)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"simulation-cancelled\"")))
                .andExpect(content().string(not(containsString("id=\"cancel-button\""))));
        mvc.perform(get(job + "/progress")).andExpect(header().string("HX-Refresh", "true"));
    }

    @Test
    @WithUserDetails("author")
    void simulationPageSaysWhyASecondRunIsRefusedAndLinksTheRunningOne() throws Exception {
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        String job = mvc.perform(post("/rulesets/" + draft + "/simulations").with(csrf())
                        .param("from", BusinessTime.today().minusDays(6).toString()).param("to", BusinessTime.today().toString()))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(post("/rulesets/" + draft + "/simulations").with(csrf())
                        .param("from", BusinessTime.today().minusDays(6).toString()).param("to", BusinessTime.today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("每人同一时间只能运行一个")))
                .andExpect(content().string(containsString("href=\"" + job + "\"")));
        mvc.perform(get("/rulesets/" + draft + "/scenarios")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"run-refused\"")));
    }

    @Test
    void simulationJobWithABadPeriodIsRefusedNamingTheField() {
        long draft = new RuleSetDrafts(rest).draft("author");

        var backwards = ApiClient.as(rest, "author").postJson("/api/rulesets/versions/" + draft + "/simulations",
                "{\"from\": \"2026-11-30\", \"to\": \"2026-11-01\"}");
        var noStart = ApiClient.as(rest, "author").postJson("/api/rulesets/versions/" + draft + "/simulations",
                "{\"to\": \"2026-11-01\"}");

        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().get("errors").findValuesAsText("field")).containsExactly("to");
        assertThat(noStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noStart.getBody().get("errors").findValuesAsText("field")).containsExactly("from");
        assertThat(start("author", draft).getStatusCode()).as("a refused start holds no place").isEqualTo(HttpStatus.ACCEPTED);
    }

    @Test
    void scenarioRunIsRefusedWith409WhileItsAuthorRunsADraftAndWith429WhileTheNodeRunsTwo() {
        long draft = new RuleSetDrafts(rest).draft("author");
        String scenarioRuns = "/api/rulesets/versions/" + draft + "/scenario-runs";

        ResponseEntity<JsonNode> authorBusy;
        try (var running = draftRuns.start("author")) {
            authorBusy = ApiClient.as(rest, "author").postJson(scenarioRuns, "{}");
        }
        ResponseEntity<JsonNode> poolFull;
        ResponseEntity<JsonNode> poolFullInEnglish;
        try (var first = draftRuns.start("first"); var second = draftRuns.start("second")) {
            poolFull = ApiClient.as(rest, "author").postJson(scenarioRuns, "{}");
            poolFullInEnglish = ApiClient.as(rest, "author").postJson(scenarioRuns, "{}", Map.of("Accept-Language", "en"));
        }
        var allowed = ApiClient.as(rest, "author").postJson(scenarioRuns, "{}");

        assertThat(authorBusy.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(authorBusy.getBody().get("reason").asText()).isEqualTo("AUTHOR_BUSY");
        assertThat(authorBusy.getBody().get("detail").asText()).contains("每人同一时间只能运行一个");
        assertThat(poolFull.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(poolFull.getBody().get("reason").asText()).isEqualTo("POOL_FULL");
        assertThat(poolFull.getBody().get("detail").asText()).contains("已达上限（2 个）");
        assertThat(poolFullInEnglish.getBody().get("detail").asText()).contains("as many drafts as it may at once (2)");
        assertThat(allowed.getStatusCode()).as(String.valueOf(allowed.getBody())).isEqualTo(HttpStatus.OK);
    }

    @Test
    void nanxunsRuleAuthorSimulatesOnNanxunsCasesOnlyAndAnAdministratorOnEveryCounty() {
        String nanxun = register(Disputes.fisheryDisputeInLinghu());
        String wuxing = register(fisheryDisputeInZhili());
        long draft = new RuleSetDrafts(rest).trialDraft("author");

        JsonNode byAuthor = simulate("author", draft);
        JsonNode byAdmin = simulate("admin", draft);

        List<String> authorSees = byAuthor.get("changedCases").findValuesAsText("caseNumber");
        assertThat(authorSees).contains(nanxun).doesNotContain(wuxing).allMatch(number -> number.startsWith("NX-"));
        assertThat(byAuthor.get("counties").toString()).isEqualTo("[\"330503\"]");
        assertThat(byAdmin.get("changedCases").findValuesAsText("caseNumber")).contains(nanxun, wuxing);
        assertThat(byAdmin.has("counties")).as("an administrator's report covers every centre").isFalse();
    }

    @Test
    void ruleAuthorListedUnderNoCountySimulatesOnNoCase() {
        register(Disputes.fisheryDisputeInLinghu());
        String unlisted = new TestUsers(users, passwordEncoder).ruleAuthor("unlisted");
        long draft = new RuleSetDrafts(rest).trialDraft(unlisted);

        JsonNode report = simulate(unlisted, draft);

        assertThat(report.get("cases").asInt()).isZero();
        assertThat(report.get("changedCases")).isEmpty();
        assertThat(report.get("counties")).isEmpty();
    }

    private ResponseEntity<JsonNode> start(String user, long draft) {
        String period = "{\"from\": \"" + BusinessTime.today().minusDays(6) + "\", \"to\": \"" + BusinessTime.today().plusDays(1) + "\"}";
        return ApiClient.as(rest, user).postJson("/api/rulesets/versions/" + draft + "/simulations", period);
    }

    /** Every table but the jobs' and the access records (each simulation is one, by design). */
    private Map<String, String> tablesButTheJobs() {
        Map<String, String> tables = TableChecksums.of(dataSource);
        tables.keySet().removeIf(table -> table.equalsIgnoreCase("rule_simulation_job")
                || table.equalsIgnoreCase("access_record"));
        return tables;
    }

    private JsonNode simulate(String user, long draft) {
        var response = ApiClient.as(rest, user).get("/api/rulesets/versions/" + draft + "/simulation?from="
                + BusinessTime.today().minusDays(6) + "&to=" + BusinessTime.today().plusDays(1) + "&sample=1000");
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private String register(ObjectNode body) {
        body.put("description", RuleSetDrafts.MARKER + "：鱼塘纠纷");
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private static ObjectNode fisheryDisputeInZhili() {
        ObjectNode dispute = Disputes.fisheryDisputeInLinghu().put("countyCode", "330502").put("township", "织里镇");
        dispute.remove("village");
        return dispute;
    }
}
