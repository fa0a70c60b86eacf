package org.mediationdesk.intake;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.TableCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad registration is refused with 400 naming the field, and nothing at all is stored. */
@ApplicationTest
class BadRegistrationIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> badBodies() {
        return Stream.of(
                change("unknown dispute type", "type", body -> body.put("type", "ALIENS")),
                change("unknown county", "countyCode", body -> body.put("countyCode", "110101")),
                change("township not in the county", "township", body -> body.put("township", "飞英街道")),
                change("missing parties", "parties", body -> body.remove("parties")),
                change("no respondent", "parties", body -> body.withArray("parties").remove(1)),
                change("negative amount", "amountInDispute", body -> body.put("amountInDispute", -1)),
                change("no people involved", "peopleInvolved", body -> body.put("peopleInvolved", 0)),
                change("over-long description", "description", body -> body.put("description", "纠".repeat(2001))),
                change("over-long party name", "parties[0].name", body -> Disputes.party(body, 0)
                        .put("name", "张".repeat(101))),
                change("invalid ID number", "parties[0].idNumber", body -> Disputes.party(body, 0)
                        .put("idNumber", "330503197203150013")),
                change("invalid phone", "parties[0].phone", body -> Disputes.party(body, 0)
                        .put("phone", "12345")),
                change("unknown source", "source", body -> body.put("source", "CARRIER_PIGEON")),
                change("people as text", "peopleInvolved", body -> body.put("peopleInvolved", "很多")),
                change("unknown field", "amount", body -> body.put("amount", 5)),
                change("future date", "occurredOn", body -> body.put("occurredOn", "2999-01-01")),
                change("malformed date", "occurredOn", body -> body.put("occurredOn", "2026-13-45")),
                change("blank description", "description", body -> body.put("description", "   ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badRegistrationIsRefusedNamingTheFieldAndStoresNothing(String what, String field, String json) {
        var before = TableCounts.of(jdbc);

        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
        assertThat(response.getBody().get("errors").findValuesAsText("message")).allSatisfy(
                message -> assertThat(message).isNotBlank());
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJson")
    void bodyThatIsNotJsonIsRefusedAndStoresNothing(String what, String body) {
        var before = TableCounts.of(jdbc);

        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors")).isNotEmpty();
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    static Stream<Arguments> notJson() {
        return Stream.of(arguments("truncated", "{\"type\": \"FISHERY\", "),
                arguments("empty body", ""),
                arguments("a list", "[1, 2]"),
                arguments("script", "<script>alert(1)</script>"));
    }

    @Test
    void errorsComeInEnglishWhenAskedFor() {
        var body = Disputes.fisheryDisputeInLinghu().put("type", "ALIENS");

        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString(),
                Map.of("Accept-Language", "en"));

        assertThat(response.getBody().at("/errors/0/message").asText()).isEqualTo("Unknown dispute type code: ALIENS");
    }

    private static Arguments change(String what, String field, Consumer<ObjectNode> change) {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        change.accept(body);
        return arguments(what, field, body.toString());
    }
}
