package org.mediationdesk.security;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests the firewall refuses are the client's mistake: 400, never a 500. */
@ApplicationTest
class RequestFirewallIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aPathParameterOnTheEngineApiIsRefusedWith400() {
        var answer = rest.withBasicAuth("admin", "demo").getForEntity(URI.create(
                rest.getRootUri() + "/engine-rest;x/process-instance"), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aPathParameterOnTheCaseApiIsRefusedWith400() {
        var answer = rest.withBasicAuth("clerk", "demo").getForEntity(URI.create(
                rest.getRootUri() + "/api/cases;jsessionid=x/NX-2026-000001"), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
