package org.mediationdesk.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserSession;
import org.mediationdesk.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's web apps and REST API, and the operations endpoints, are for administrators only. Not an
 * {@code @ApplicationTest}: in the shared context Cockpit answered 500, most likely because Camunda's web
 * apps keep static state that the most recently started context sets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class AdministrationAccessIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UserMapper users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void administratorSignedInOnceIsSignedIntoCockpit() throws Exception {
        var admin = BrowserSession.signedIn(port, "admin");

        assertThat(admin.get("/camunda/app/cockpit/" + engine.getName() + "/").statusCode()).isEqualTo(200);
        var camundaUser = admin.get("/camunda/api/admin/auth/user/" + engine.getName());
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"admin\"").contains("cockpit").contains("tasklist");
    }

    @Test
    void newAdministratorsConcurrentFirstRequestsAllSucceedAndMirrorThemOnce() throws Exception {
        String admin = new TestUsers(users, passwordEncoder).administrator("adminrace");
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpStatusCode>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> rest.withBasicAuth(admin, "demo")
                        .getForEntity("/engine-rest/engine", String.class).getStatusCode()));
            }
            for (Future<HttpStatusCode> call : calls) {
                assertThat(call.get()).isEqualTo(HttpStatus.OK);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(engine.getIdentityService().createUserQuery().userId(admin)
                .memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
    }

    @Test
    void administratorWhoseUsernameHasADotAndADashReachesTheCamundaApi() {
        String admin = new TestUsers(users, passwordEncoder).administrator("county.admin-");

        var response = rest.withBasicAuth(admin, "demo").getForEntity("/engine-rest/engine", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engine.getIdentityService().createUserQuery().userId(admin).count()).isEqualTo(1);
    }

    @Test
    void clerkIsForbiddenTheCamundaWebApps() throws Exception {
        var clerk = BrowserSession.signedIn(port, "clerk");

        assertThat(clerk.get("/camunda/app/cockpit/" + engine.getName() + "/").statusCode()).isEqualTo(403);
    }

    @Test
    void signedOutVisitorIsSentToTheLoginPage() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void camundaRestApiIsForAdministratorsOnly() {
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("nanxun.manager", "demo").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void healthIsPublicButMetricsNeedAnAdministrator() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("UP");
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("clerk", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void openApiDescriptionListsTheCaseApi() {
        var description = rest.getForEntity("/v3/api-docs", String.class);

        assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(description.getBody()).contains("/api/cases", "/api/cases/{caseNumber}", "/api/reference/centres",
                "basicAuth");
    }
}
