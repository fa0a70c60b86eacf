package org.mediationdesk.security.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.KeycloakServer;
import org.mediationdesk.support.WithOidcProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** API clients with Keycloak's bearer tokens: an integration's (client credentials) and users' (password grant). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = WithOidcProfile.class)
class OidcApiIT {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakServer.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    UserMapper users;

    @Test
    void provincialPlatformRegistersADisputeWithAClientCredentialsToken() {
        ResponseEntity<JsonNode> registered = post(KeycloakServer.platformToken(), Disputes.fisheryDisputeInLinghu().toString());

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = registered.getBody().get("caseNumber").asText();
        assertThat(get(KeycloakServer.platformToken(), "/api/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
        var account = users.findByUsername("service-account-provincial-platform").orElseThrow();
        assertThat(account.centreCode()).isEqualTo("NX-COUNTY");
        assertThat(users.findRoles(account.id())).containsExactly(Role.INTAKE);
    }

    @Test
    void clerkRegistersADisputeWithTheirOwnTokenAndBecomesALocalUserWithTheTokensRoleAndCentre() {
        ResponseEntity<JsonNode> registered = post(KeycloakServer.userToken("sso.clerk"), Disputes.fisheryDisputeInLinghu().toString());

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var clerk = users.findByUsername("sso.clerk").orElseThrow();
        assertThat(clerk.centreCode()).isEqualTo("NX-COUNTY");
        assertThat(clerk.displayName()).isEqualTo("芳 王");
        assertThat(users.findRoles(clerk.id())).containsExactly(Role.INTAKE);
    }

    @Test
    void agencyOfficerSignsInWithTheAgencyTheirGroupNamesAndReadsItsOpinionList() {
        ResponseEntity<JsonNode> opinions = get(KeycloakServer.userToken("sso.agency"), "/api/agency/opinions");

        assertThat(opinions.getStatusCode()).isEqualTo(HttpStatus.OK);
        var officer = users.findByUsername("sso.agency").orElseThrow();
        assertThat(officer.agencyCode()).isEqualTo("AGRICULTURE_RURAL");
        assertThat(officer.centreCode()).isNull();
        assertThat(users.findRoles(officer.id())).containsExactly(Role.AGENCY);
    }

    @Test
    void mediatorOfAnotherCentreGets403OnTheCase() {
        String caseNumber = post(KeycloakServer.platformToken(), Disputes.fisheryDisputeInLinghu().toString())
                .getBody().get("caseNumber").asText();

        ResponseEntity<JsonNode> elsewhere = get(KeycloakServer.userToken("sso.feiying"), "/api/cases/" + caseNumber);

        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void tokenOfAUserWithoutRoleOrCentreIsRefused() {
        ResponseEntity<JsonNode> refused = get(KeycloakServer.userToken("sso.visitor"), "/api/reference/dispute-types");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(users.findByUsername("sso.visitor")).isEmpty();
    }

    @Test
    void forgedTokenIsRefusedAndTheBreakGlassAdministratorsLocalPasswordStillWorksBesideTokens() {
        assertThat(get("not.a.token", "/api/reference/dispute-types").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/reference/dispute-types", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void localPasswordsOfAccountsOtherThanAdministratorsAreRefusedOnTheApi() {
        ResponseEntity<JsonNode> refused = rest.withBasicAuth("clerk", "demo")
                .getForEntity("/api/reference/dispute-types", JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("只有应急管理员可以用本地账号密码调用接口");
    }

    private ResponseEntity<JsonNode> post(String token, String json) {
        HttpHeaders headers = bearer(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String token, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(bearer(token)), JsonNode.class);
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
