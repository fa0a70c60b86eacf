package org.mediationdesk.support;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A case's files over the API ({@code /api/cases/{n}/attachments}), as a user signed in with HTTP Basic. */
public final class AttachmentUploads {

    private final TestRestTemplate rest;

    private AttachmentUploads(TestRestTemplate rest) {
        this.rest = rest;
    }

    public static AttachmentUploads as(TestRestTemplate rest, String username) {
        return new AttachmentUploads(rest.withBasicAuth(username, ApiClient.DEMO_PASSWORD));
    }

    /** Uploads {@code content} as {@code fileName} with the form fields given ({@code category}, ...). */
    public ResponseEntity<JsonNode> upload(String caseNumber, String fileName, byte[] content, Map<String, String> fields) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        fields.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/cases/" + caseNumber + "/attachments", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    public ResponseEntity<JsonNode> upload(String caseNumber, String fileName, byte[] content, String category) {
        return upload(caseNumber, fileName, content, Map.of("category", category));
    }

    public ResponseEntity<JsonNode> list(String caseNumber) {
        return rest.getForEntity("/api/cases/" + caseNumber + "/attachments", JsonNode.class);
    }

    public ResponseEntity<byte[]> download(String caseNumber, long id) {
        return rest.getForEntity("/api/cases/" + caseNumber + "/attachments/" + id, byte[].class);
    }

    public ResponseEntity<JsonNode> withdraw(String caseNumber, long id, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/cases/" + caseNumber + "/attachments/" + id + "/withdraw", HttpMethod.POST,
                new HttpEntity<>(reason == null ? "{}" : "{\"reason\": \"" + reason + "\"}", headers), JsonNode.class);
    }
}
