package org.mediationdesk.exchange;

import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class CourtCaseApiIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void courtCaseIsRegisteredWithItsCourtCaseNumberAndDocumentsAndAResendFindsTheSameCase() {
        CourtCases.Court bound = CourtCases.newCourt(context);
        String courtCode = bound.code();
        ObjectNode body = CourtCases.entrusted(courtCode, "（2026）浙0503民诉前调" + System.nanoTime() + "号");
        ApiClient court = ApiClient.as(rest, bound.account());

        ResponseEntity<JsonNode> first = court.postJson("/api/court/cases", body.toString());

        assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = first.getBody().get("caseNumber").asText();
        assertThat(first.getHeaders().getLocation()).hasToString("/api/court/cases/" + caseNumber);
        assertThat(first.getBody().get("courtCaseNumber").asText()).isEqualTo(body.get("courtCaseNumber").asText());
        assertThat(first.getBody().get("stage").asText()).isEqualTo("PRE_FILING");
        assertThat(first.getBody().get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(first.getBody().has("parties")).isFalse();
        assertThat(jdbc.queryForObject("SELECT source FROM dispute_case WHERE case_number = ?", String.class, caseNumber))
                .isEqualTo("COURT_REFERRAL");
        assertThat(jdbc.queryForList("SELECT a.file_name FROM case_attachment a JOIN dispute_case c ON c.id = a.case_id"
                + " WHERE c.case_number = ?", String.class, caseNumber)).containsExactly("起诉状.pdf");

        ResponseEntity<JsonNode> again = court.postJson("/api/court/cases", body.toString());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court_entrustment WHERE court_code = ?", Integer.class,
                courtCode)).isEqualTo(1);
        assertThat(court.get("/api/court/cases/" + caseNumber).getBody().get("courtCode").asText()).isEqualTo(courtCode);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndStoresNothing() {
        CourtCases.Court court = CourtCases.newCourt(context);
        ObjectNode body = CourtCases.entrusted(court.code(), "（2026）浙0503民诉前调1号");
        body.remove("courtCaseNumber");
        body.put("township", "不存在镇");
        ((ObjectNode) body.withArray("documents").get(0)).put("content", "这不是Base64");
        Integer casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case", Integer.class);

        ResponseEntity<JsonNode> response = ApiClient.as(rest, court.account()).postJson("/api/court/cases", body.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .contains("courtCaseNumber", "township", "documents[0].content");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case", Integer.class)).isEqualTo(casesBefore);
    }

    @Test
    void documentOfARefusedTypeRollsTheWholeRegistrationBack() {
        CourtCases.Court court = CourtCases.newCourt(context);
        String courtCode = court.code();
        ObjectNode body = CourtCases.entrusted(courtCode, "（2026）浙0503民诉前调2号");
        ((ObjectNode) body.withArray("documents").get(0)).put("fileName", "病毒.exe")
                .put("content", Base64.getEncoder().encodeToString("MZ\u0090\u0000binary".getBytes()));

        ResponseEntity<JsonNode> response = ApiClient.as(rest, court.account()).postJson("/api/court/cases", body.toString());

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("documents[0].content");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court_entrustment WHERE court_code = ?", Integer.class,
                courtCode)).isZero();
    }

    @Test
    void courtAccountEntrustsOnlyInTheNameOfTheCourtItIsBoundTo() {
        CourtCases.Court court = CourtCases.newCourt(context);
        String otherCourt = CourtCases.newCourtCode();
        String body = CourtCases.entrusted(otherCourt, "（2026）浙0502民诉前调" + System.nanoTime() + "号").toString();

        ResponseEntity<JsonNode> response = ApiClient.as(rest, court.account()).postJson("/api/court/cases", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("court.code");
        assertThat(response.getBody().at("/errors/0/message").asText())
                .isEqualTo("本账号只能委派湖州市南浔区人民法院（" + court.code() + "）的案件");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court_entrustment WHERE court_code = ?", Integer.class,
                otherCourt)).isZero();
    }

    @Test
    void courtAccountWithNoCourtBoundMaySendNothing() {
        String unbound = new TestUsers(context.getBean(UserMapper.class), context.getBean(PasswordEncoder.class)).court("unbound");
        String body = CourtCases.entrusted(CourtCases.newCourtCode(), "（2026）浙0503民诉前调4号").toString();

        ResponseEntity<JsonNode> response = ApiClient.as(rest, unbound).postJson("/api/court/cases", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("本账号尚未绑定法院，请系统管理员绑定后再委派案件");
    }

    @Test
    void onlyAdministratorsBindACourtAccountToAValidCourtCode() {
        String account = new TestUsers(context.getBean(UserMapper.class), context.getBean(PasswordEncoder.class)).court("tobind");
        String path = "/api/admin/court-accounts/" + account;

        assertThat(ApiClient.as(rest, "clerk").putJson(path, "{\"courtCode\": \"J0502\", \"courtName\": \"吴兴区人民法院\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> bad = ApiClient.as(rest, "admin").putJson(path, "{\"courtCode\": \"J 05\", \"courtName\": \"\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactly("courtCode", "courtName");
        assertThat(ApiClient.as(rest, "admin").putJson("/api/admin/court-accounts/clerk",
                "{\"courtCode\": \"J0502\", \"courtName\": \"吴兴区人民法院\"}").getStatusCode())
                .as("not a court's account").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ApiClient.as(rest, "admin").putJson(path, "{\"courtCode\": \"J0502\", \"courtName\": \"吴兴区人民法院\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(jdbc.queryForMap("SELECT court_code, court_name, bound_by FROM court_account WHERE username = ?", account))
                .containsEntry("court_code", "J0502").containsEntry("court_name", "吴兴区人民法院");
    }

    @Test
    void onlyACourtAccountMaySendCases() {
        String body = CourtCases.entrusted(CourtCases.newCourtCode(), "（2026）浙0503民诉前调3号").toString();

        assertThat(ApiClient.anonymous(rest).postJson("/api/court/cases", body).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String staff : List.of("clerk", "admin")) {
            assertThat(ApiClient.as(rest, staff).postJson("/api/court/cases", body).getStatusCode())
                    .as(staff).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void apiDescriptionListsTheCourtAndFeedEndpoints() {
        JsonNode paths = ApiClient.anonymous(rest).get("/v3/api-docs").getBody().get("paths");

        assertThat(paths.has("/api/court/cases")).isTrue();
        assertThat(paths.has("/api/court/cases/{caseNumber}")).isTrue();
        assertThat(paths.has("/api/admin/webhooks")).isTrue();
        assertThat(paths.has("/api/admin/webhooks/deliveries/{id}/replay")).isTrue();
    }
}
