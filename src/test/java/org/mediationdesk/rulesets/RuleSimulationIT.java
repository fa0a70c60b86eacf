package org.mediationdesk.rulesets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.RuleSetDrafts;
import org.mediationdesk.support.TableChecksums;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trying a draft on past cases: the cases it would route elsewhere are counted and listed with the
 * current and the draft result, the full list downloads as a workbook, and nothing in the database
 * changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleSimulationIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource dataSource;

    @Test
    void draftTriedOnThisWeeksCasesShowsWhichWouldBeRoutedElsewhereAndChangesNothing() throws IOException {
        List<String> marked = List.of(register(RuleSetDrafts.MARKER + "：鱼塘承包纠纷"), register(RuleSetDrafts.MARKER + "：渔具纠纷"));
        List<String> unmarked = List.of(register("鱼塘排水纠纷"), register("网箱养殖纠纷"));
        long draft = new RuleSetDrafts(rest).trialDraft("author");
        String period = "from=" + LocalDate.now().minusDays(6) + "&to=" + LocalDate.now().plusDays(1);
        Map<String, String> before = TableChecksums.of(dataSource);

        var response = ApiClient.as(rest, "author").get("/api/rulesets/versions/" + draft + "/simulation?" + period + "&sample=1000");
        byte[] workbook = rest.withBasicAuth("author", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/rulesets/versions/" + draft + "/simulation.xlsx?" + period, byte[].class).getBody();

        assertThat(TableChecksums.of(dataSource)).as("every table, after the simulation").isEqualTo(before);
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
    void mediatorCannotSimulate() {
        long published = new RuleSetDrafts(rest).publishedVersion();

        var response = ApiClient.as(rest, "nanxun.mediator").get("/api/rulesets/versions/" + published
                + "/simulation?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String register(String description) {
        var body = Disputes.fisheryDisputeInLinghu().put("description", description);
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }
}
