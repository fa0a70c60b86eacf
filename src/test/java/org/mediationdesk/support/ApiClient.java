package org.mediationdesk.support;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the JSON API over real HTTP as one of the demo accounts (password {@code demo}). */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate rest;

    private ApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    public static ApiClient as(TestRestTemplate rest, String username) {
        return new ApiClient(rest.withBasicAuth(username, DEMO_PASSWORD));
    }

    public static ApiClient anonymous(TestRestTemplate rest) {
        return new ApiClient(rest);
    }

    public ResponseEntity<JsonNode> get(String path) {
        return rest.getForEntity(path, JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.ACCEPT_LANGUAGE, language);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> postJson(String path, String json) {
        return postJson(path, json, Map.of());
    }

    public ResponseEntity<JsonNode> postJson(String path, String json, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        extraHeaders.forEach(headers::add);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> putJson(String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> delete(String path) {
        return rest.exchange(path, HttpMethod.DELETE, null, JsonNode.class);
    }
}
