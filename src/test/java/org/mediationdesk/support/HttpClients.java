package org.mediationdesk.support;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * REST clients for tests of nodes started by hand. They use the JDK's HTTP client: Apache HttpClient 5 (on
 * the classpath for S3) would retry a 429 or 503 by itself after its Retry-After, so a test of a lock or an
 * outage would wait the lock out instead of seeing the answer (the test configuration sets the same,
 * {@code spring.http.client.factory: jdk}, for the injected TestRestTemplate).
 */
public final class HttpClients {

    private HttpClients() {
    }

    public static RestTemplateBuilder to(String rootUri) {
        return new RestTemplateBuilder().requestFactoryBuilder(ClientHttpRequestFactoryBuilder.jdk()).rootUri(rootUri);
    }
}
