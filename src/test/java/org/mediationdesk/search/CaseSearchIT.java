package org.mediationdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/cases}: what each user finds, through the search index and its confirmation. Every
 * test registers cases whose descriptions carry a marker of its own (rare characters made from a random
 * number), so cases of other tests on the shared database never match.
 */
@ApplicationTest
class CaseSearchIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    String marker;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        marker = marker();
    }

    @Test
    void chineseWordsFromTheMiddleOfADescriptionFindTheCase() {
        String caseNumber = register("上游养殖户" + marker + "排水致下游鱼苗死亡，双方协商未果", null);

        JsonNode found = search("clerk", "words=" + marker.substring(2, 6) + " 鱼苗死亡");

        assertThat(caseNumbers(found)).containsExactly(caseNumber);
        assertThat(caseNumbers(search("clerk", "words=" + marker + " 鱼苗活了"))).isEmpty();
    }

    @Test
    void aWordIsFoundOnlyInOnePieceNotAsScatteredPairs() {
        String pairs = marker.substring(0, 4);
        register(pairs + "，又及" + marker.substring(3, 6), null);

        assertThat(caseNumbers(search("clerk", "words=" + marker.substring(0, 6))))
                .as("every pair of the word is in the description, but not the word").isEmpty();
        assertThat(search("clerk", "words=" + pairs).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void mediatorOfAnotherCentreFindsNothingOfIt() {
        String caseNumber = register("渔业协会调解" + marker, null);
        String words = "words=" + marker;

        assertThat(caseNumbers(search("feiying.mediator", words))).isEmpty();
        assertThat(caseNumbers(search(MEDIATOR, words))).containsExactly(caseNumber);
        assertThat(caseNumbers(search("nanxun.manager", words))).as("the county's manager").containsExactly(caseNumber);
        assertThat(caseNumbers(search("clerk", words + "&centre=WX-FEIYING-POLICE"))).isEmpty();
    }

    @Test
    void closedCasesAreFoundAndShownAsClosed() {
        String caseNumber = register("已起诉的鱼塘纠纷" + marker, null);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"DECLINE\", \"reason\": \"已起诉\","
                + " \"declineGround\": \"BEFORE_COURT\", \"directedTo\": \"南浔区人民法院\"}");
        String words = "words=" + marker;

        JsonNode closed = search(MEDIATOR, words + "&status=CLOSED");

        assertThat(caseNumbers(closed)).containsExactly(caseNumber);
        assertThat(closed.at("/items/0/status").asText()).isEqualTo("CLOSED");
        assertThat(closed.at("/items/0/statusName").asText()).isEqualTo("已结案");
        assertThat(caseNumbers(search(MEDIATOR, words + "&status=OPEN"))).isEmpty();
        assertThat(caseNumbers(search(MEDIATOR, words))).containsExactly(caseNumber);
    }

    @Test
    void anIdNumberFindsItsCaseOnlyWhole() {
        String idNumber = residentId();
        String caseNumber = register("宅基地纠纷" + marker, idNumber);

        JsonNode found = search("clerk", "idNumber=" + idNumber);

        assertThat(caseNumbers(found)).containsExactly(caseNumber);
        assertThat(found.at("/items/0/parties/0/idNumber").asText())
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(found.at("/items/0/parties/0/phone").asText()).isEqualTo("138****1234");
        assertThat(caseNumbers(search("clerk", "idNumber=" + idNumber.substring(0, 17)))).isEmpty();
    }

    @Test
    void aPartysNameFindsTheCase() {
        String name = "沈" + marker.substring(0, 3);
        String caseNumber = register("鱼塘纠纷" + marker, null, name);

        assertThat(caseNumbers(search("clerk", "party=" + name.substring(1)))).containsExactly(caseNumber);
        assertThat(caseNumbers(search("clerk", "party=" + "钱" + marker.substring(0, 3)))).isEmpty();
    }

    @Test
    void resultsShowLabelsAndTheMediatorsName() {
        String caseNumber = register("鱼塘纠纷" + marker, null);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        // On a shared database the assignment rules may find every fishery mediator at their cap: then take it.
        var mediate = workflow.task(caseNumber, "mediate");
        if (mediate.getAssignee() == null) {
            workflow.claim(MEDIATOR, mediate.getId());
        }

        JsonNode item = search("clerk", "words=" + marker).at("/items/0");

        assertThat(item.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(item.at("/type/name").asText()).isEqualTo("渔业");
        assertThat(item.at("/centre/name").asText()).isEqualTo("菱湖渔业纠纷调处化解中心");
        assertThat(item.get("statusName").asText()).isEqualTo("调解中");
        String mediator = item.get("mediator").asText();
        assertThat(mediator).isEqualTo(jdbc.queryForObject("SELECT mediator FROM dispute_case WHERE case_number = ?",
                String.class, caseNumber));
        assertThat(item.get("mediatorName").asText()).isEqualTo(jdbc.queryForObject(
                "SELECT display_name FROM app_user WHERE username = ?", String.class, mediator));
        assertThat(caseNumbers(search("clerk", "words=" + marker + "&mediator=" + mediator)))
                .containsExactly(caseNumber);
        assertThat(caseNumbers(search("clerk", "words=" + marker + "&mediator=nobody"))).isEmpty();
    }

    @Test
    void resultsComeAPageAtATimeNewestFirst() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            registered.add(register("鱼塘纠纷" + marker, null));
        }
        String words = "words=" + marker;

        JsonNode first = search("clerk", words + "&size=2");
        JsonNode second = search("clerk", words + "&size=2&page=2");

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("pages").asLong()).isEqualTo(2);
        assertThat(caseNumbers(first)).containsExactly(registered.get(2), registered.get(1));
        assertThat(caseNumbers(second)).containsExactly(registered.get(0));
    }

    @Test
    void periodTypeAndCaseNumberNarrowTheSearch() {
        String caseNumber = register("鱼塘纠纷" + marker, null);
        String registeredOn = workflow.caseAs("clerk", caseNumber).get("registeredAt").asText().substring(0, 10);
        String words = "words=" + marker;

        assertThat(caseNumbers(search("clerk", words + "&from=" + registeredOn + "&to=" + registeredOn)))
                .containsExactly(caseNumber);
        assertThat(caseNumbers(search("clerk", words + "&to=2020-01-01"))).isEmpty();
        assertThat(caseNumbers(search("clerk", words + "&type=FISHERY&number=" + caseNumber.substring(3))))
                .containsExactly(caseNumber);
        assertThat(caseNumbers(search("clerk", words + "&type=LABOUR"))).isEmpty();
    }

    @Test
    void percentAndUnderscoreInACaseNumberMatchOnlyThemselves() {
        String caseNumber = register("鱼塘纠纷" + marker, null);
        String words = "words=" + marker;

        assertThat(caseNumbers(search("clerk", words + "&number=" + caseNumber.replace('-', '_')))).isEmpty();
        assertThat(caseNumbers(search("clerk", words + "&number=" + "%"))).isEmpty();
    }

    @Test
    void badParametersAreRefusedNamingEachField() {
        ResponseEntity<JsonNode> response = ApiClient.as(rest, "clerk")
                .get("/api/cases?type=NOPE&from=2026-13-01&status=SETTLED&size=1000&idNumber=" + "3305-03");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(p -> fields.add(p.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("type", "from", "status", "size", "idNumber");
        assertThat(response.getBody().toString()).contains("没有这一项：NOPE").doesNotContain("null");
    }

    private String register(String description, String idNumber) {
        return register(description, idNumber, "沈建国");
    }

    private String register(String description, String idNumber, String applicant) {
        ObjectNode body = Disputes.fisheryDisputeInLinghu().put("description", description);
        Disputes.party(body, 0).put("name", applicant);
        if (idNumber != null) {
            Disputes.party(body, 0).put("idNumber", idNumber);
        }
        ResponseEntity<JsonNode> response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    /** The query as typed: the client encodes it, as a browser does. */
    private JsonNode search(String user, String query) {
        ResponseEntity<JsonNode> response = ApiClient.as(rest, user).get("/api/cases?" + query);
        assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<String> caseNumbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("caseNumber").asText()));
        return numbers;
    }

    /** Eight of the ten heavenly stems, from a random number: a word no other test's description has. */
    private static String marker() {
        long n = ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        StringBuilder marker = new StringBuilder();
        for (char digit : Long.toString(n).toCharArray()) {
            marker.append(STEMS.charAt(digit - '0'));
        }
        return marker.toString();
    }

    /** A valid resident ID number (GB 11643 check digit) for a random birthday and sequence in 南浔区. */
    private static String residentId() {
        var random = ThreadLocalRandom.current();
        String body = String.format("330503%04d%02d%02d%03d", random.nextInt(1950, 2000), random.nextInt(1, 13),
                random.nextInt(1, 29), random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
