package org.mediationdesk.security;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal access tokens: shown once, stored as a digest, acting as their user, expiring and revocable. */
@ApplicationTest
class AccessTokenIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aTokenRegistersADisputeAndReadsItBackWithoutAPasswordAndOnlyItsDigestIsStored() {
        String token = issue("clerk", "{\"name\": \"省平台对接\", \"days\": 30}");

        ResponseEntity<JsonNode> registered = call(token, HttpMethod.POST, "/api/cases",
                Disputes.fisheryDisputeInLinghu().toString());
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = registered.getBody().get("caseNumber").asText();

        assertThat(call(token, HttpMethod.GET, "/api/cases/" + caseNumber, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personal_access_token WHERE token_hash = ? OR token_prefix = ?",
                Integer.class, token, token)).isZero();
        JsonNode listed = ApiClient.as(rest, "clerk").get("/api/account/tokens").getBody();
        assertThat(listed.toString()).doesNotContain(token).contains(token.substring(0, 12));
    }

    @Test
    void aRevokedOrExpiredTokenIsRefusedWith401AndAMessage() {
        String revoked = issue("clerk", "{\"name\": \"撤销测试\"}");
        long id = jdbc.queryForObject("SELECT MAX(id) FROM personal_access_token", Long.class);
        assertThat(ApiClient.as(rest, "clerk").delete("/api/account/tokens/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String expired = issue("clerk", "{\"name\": \"过期测试\", \"days\": 1}");
        jdbc.update("UPDATE personal_access_token SET expires_at = TIMESTAMPADD(DAY, -2, expires_at) WHERE id = "
                + "(SELECT m FROM (SELECT MAX(id) AS m FROM personal_access_token) t)");

        for (String token : List.of(revoked, expired, "mdt_made-up")) {
            ResponseEntity<JsonNode> refused = call(token, HttpMethod.GET, "/api/reference/dispute-types", null);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getBody().get("detail").asText()).isEqualTo("接口令牌无效、已过期或已撤销。");
        }
    }

    @Test
    void aMediatorsTokenHasTheMediatorsScopeAndNoMore() {
        String caseNumber = ApiClient.as(rest, "clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString())
                .getBody().get("caseNumber").asText();
        String feiying = issue("feiying.mediator", "{\"name\": \"派出所终端\"}");

        assertThat(call(feiying, HttpMethod.GET, "/api/cases/" + caseNumber, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        issue("clerk", "{\"name\": \"受理端\"}");
        long id = jdbc.queryForObject("SELECT MAX(id) FROM personal_access_token", Long.class);

        assertThat(ApiClient.as(rest, "linghu.mediator").delete("/api/account/tokens/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT revoked_at FROM personal_access_token WHERE id = ?", Object.class, id))
                .isNull();
    }

    @Test
    void aTokenWithoutAPurposeOrWithTooLongALifeIsRefusedNamingTheField() {
        var refused = ApiClient.as(rest, "clerk").postJson("/api/account/tokens", "{\"name\": \" \", \"days\": 400}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("\"name\"").contains("\"days\"").contains("1 到 365");
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void theTokenPageShowsANewTokenOnce() throws Exception {
        mvc.perform(post("/account/tokens").with(csrf()).param("name", "手机端").param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"issued-token-value\">mdt_")))
                .andExpect(content().string(containsString("只显示这一次")));
    }

    private String issue(String user, String json) {
        var issued = ApiClient.as(rest, user).postJson("/api/account/tokens", json);
        assertThat(issued.getStatusCode()).as("%s", issued.getBody()).isEqualTo(HttpStatus.CREATED);
        return issued.getBody().get("token").asText();
    }

    private ResponseEntity<JsonNode> call(String token, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }
}
