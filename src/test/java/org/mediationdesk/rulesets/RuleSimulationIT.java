package org.mediationdesk.rulesets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.RuleSetDrafts;
import org.mediationdesk.support.TableChecksums;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trying a draft on past cases: the cases it would route elsewhere are counted and listed with the
 * current and the draft result, the full list downloads as a workbook, and nothing in the database
 * changes.
 */
@ApplicationTest
class RuleSimulationIT {

    /** A hostile draft's triage rule: it reads the description as a number, so the exception quotes it. */
    private static final String DESCRIPTION_INTO_AN_EXCEPTION = """

            rule "试行：把描述当作数字读"
            when
                $dispute : DisputeFact(description.contains("泄露测试"))
            then
                Integer.parseInt($dispute.getDescription());
            end
            """;
    /** A hostile draft's assignment rule: it assigns every case to someone who is no mediator. */
    private static final String INVENTED_MEDIATOR = """

            rule "试行：分派给编造的调解员"
                salience -1000
            when
                $decision : AssignmentDecision()
            then
                $decision.assign(new EligibleMediator(new MediatorFact("编造的调解员", java.util.Set.of(), true, false, 0,
                        15, false, false, false, 0L)));
            end
            """;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource dataSource;

    @Test
    void draftTriedOnThisWeeksCasesShowsWhichWouldBeRoutedElsewhereAndChangesNothing() throws IOException {
        List<String> marked = List.of(register(RuleSetDrafts.MARKER + "：鱼塘承包纠纷"), register(RuleSetDrafts.MARKER + "：渔具纠纷"));
        List<String> unmarked = List.of(register("鱼塘排水纠纷"), register("网箱养殖纠纷"));
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        String period = "from=" + BusinessTime.today().minusDays(6) + "&to=" + BusinessTime.today().plusDays(1);
        Map<String, String> before = withoutAccessRecords(TableChecksums.of(dataSource));
        int simulationsRecorded = simulationsRecordedFor("author");

        var response = ApiClient.as(rest, "author").get("/api/rulesets/versions/" + draft + "/simulation?" + period + "&sample=1000");
        byte[] workbook = rest.withBasicAuth("author", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/rulesets/versions/" + draft + "/simulation.xlsx?" + period, byte[].class).getBody();

        assertThat(withoutAccessRecords(TableChecksums.of(dataSource))).as("every table, after the simulation")
                .isEqualTo(before);
        assertThat(simulationsRecordedFor("author")).as("each run is an access record, the only row written")
                .isEqualTo(simulationsRecorded + 2);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        JsonNode report = response.getBody();
        assertThat(report.get("cases").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(report.get("routedDifferently").asInt()).isGreaterThanOrEqualTo(2);
        List<String> changed = report.get("changedCases").findValuesAsText("caseNumber");
        assertThat(changed).containsAll(marked).doesNotContainAnyElementsOf(unmarked);
        for (JsonNode simulated : report.get("changedCases")) {
            if (marked.contains(simulated.get("caseNumber").asText())) {
                assertThat(simulated.get("routedDifferently").asBoolean()).isTrue();
                assertThat(simulated.at("/current/centre").asText()).isEqualTo("NX-LINGHU-FISHERY");
                assertThat(simulated.at("/draft/centre").asText()).isEqualTo("NX-COUNTY");
                assertThat(simulated.at("/draft/rulesFired").toString()).contains(RuleSetDrafts.TRIAL_RULE_NAME);
            }
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet differences = book.getSheet("差异 differences");
            List<String> listed = new ArrayList<>();
            for (Row row : differences) {
                listed.add(row.getCell(0).getStringCellValue());
            }
            assertThat(listed).hasSize(report.get("changed").asInt() + 1).containsAll(marked)
                    .doesNotContainAnyElementsOf(unmarked);
            assertThat(book.getSheet("汇总 summary").getRow(5).getCell(1).getNumericCellValue())
                    .isEqualTo(report.get("routedDifferently").asInt());
        }
    }

    @Test
    void hostileDraftGetsBackOutcomesAndRuleNamesButNoTextOfTheCases() throws IOException {
        String secret = "泄露测试：王秘密家鱼塘夜里被人投毒";
        String leaked = register(secret);
        RuleSetDrafts drafts = new RuleSetDrafts(rest);
        long draft = drafts.draft("author");
        assertThat(drafts.save("author", draft, "rules/triage.drl",
                drafts.file(draft, "rules/triage.drl") + DESCRIPTION_INTO_AN_EXCEPTION).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(drafts.save("author", draft, "rules/assignment.drl",
                drafts.file(draft, "rules/assignment.drl") + INVENTED_MEDIATOR).getStatusCode()).isEqualTo(HttpStatus.OK);
        String period = "from=" + BusinessTime.today().minusDays(6) + "&to=" + BusinessTime.today().plusDays(1);

        var response = ApiClient.as(rest, "author").get("/api/rulesets/versions/" + draft + "/simulation?" + period + "&sample=1000");
        byte[] workbook = rest.withBasicAuth("author", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/rulesets/versions/" + draft + "/simulation.xlsx?" + period, byte[].class).getBody();

        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        String report = response.getBody().toString();
        assertThat(report).doesNotContain("王秘密", "投毒", "沈建国", "钱小明", "13857201234", "编造的调解员");
        assertThat(cellsOf(workbook)).doesNotContain("王秘密", "投毒", "沈建国", "钱小明", "13857201234", "编造的调解员");
        JsonNode failed = changedCase(response.getBody(), leaked);
        assertThat(failed.at("/draft/error").asText()).contains("TRIAGE", "试行：把描述当作数字读", "NumberFormatException");
        assertThat(failed.at("/current/centre").asText()).isEqualTo("NX-LINGHU-FISHERY");
        assertThat(response.getBody().get("changedCases").findValuesAsText("error"))
                .anyMatch(error -> error.startsWith("ASSIGNMENT"));
    }

    @Test
    void mediatorCannotSimulate() {
        long published = new RuleSetDrafts(rest).publishedVersion();

        var response = ApiClient.as(rest, "nanxun.mediator").get("/api/rulesets/versions/" + published
                + "/simulation?from=" + BusinessTime.today().minusDays(1) + "&to=" + BusinessTime.today());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static JsonNode changedCase(JsonNode report, String caseNumber) {
        for (JsonNode simulated : report.get("changedCases")) {
            if (simulated.get("caseNumber").asText().equals(caseNumber)) {
                return simulated;
            }
        }
        throw new AssertionError(caseNumber + " is not among the changed cases of " + report);
    }

    /** Every cell of every sheet, one string. */
    private static String cellsOf(byte[] workbook) throws IOException {
        StringBuilder cells = new StringBuilder();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> cells.append(cell).append('\t'));
                }
            }
        }
        return cells.toString();
    }

    private String register(String description) {
        var body = Disputes.fisheryDisputeInLinghu().put("description", description);
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    private static Map<String, String> withoutAccessRecords(Map<String, String> checksums) {
        Map<String, String> rest = new TreeMap<>(checksums);
        rest.remove("access_record");
        rest.remove("ACCESS_RECORD");
        return rest;
    }

    private int simulationsRecordedFor(String username) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM access_record WHERE username = ? AND action = 'SIMULATION'", Integer.class, username);
    }
}
