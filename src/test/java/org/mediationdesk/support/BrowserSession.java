package org.mediationdesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that signs in through the login form, as a browser would. */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    private BrowserSession(String baseUrl) {
        this(baseUrl, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private BrowserSession(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    public static BrowserSession signedIn(int port, String username) throws IOException, InterruptedException {
        return signedIn(port, username, ApiClient.DEMO_PASSWORD);
    }

    public static BrowserSession signedIn(int port, String username, String password)
            throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession("http://localhost:" + port);
        Matcher csrf = CSRF.matcher(session.get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        String form = "username=" + username + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = session.client.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + username);
        }
        return session;
    }

    /** Asks for a page, with the {@code Accept} header a browser sends when following a link. */
    public HttpResponse<String> page(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The same browser (its cookies) talking to another node of the cluster. */
    public BrowserSession at(int port) {
        return new BrowserSession("http://localhost:" + port, client);
    }

    /** A file download, as following a link to it. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
