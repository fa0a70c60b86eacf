package org.mediationdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Keycloak for the single sign-on tests (profile {@code oidc}), started once per test JVM with the
 * realm in {@code src/test/resources/keycloak/} (users {@code sso.*}, password {@value #PASSWORD}) and stopped
 * when the JVM ends. Its Quarkus build step runs once per Keycloak version and is kept under
 * {@code ~/.cache/mediationdesk/}; each run starts from a fresh copy in {@code target/keycloak-run}, so no
 * state carries over. If it cannot start, the tests fail with the end of its log.
 */
public final class KeycloakServer {

    public static final String REALM = "mediationdesk";
    public static final String PASSWORD = "demo-sso";
    public static final String CLIENT_ID = "mediationdesk";
    public static final String CLIENT_SECRET = "mediationdesk-test-secret";
    public static final String PLATFORM_CLIENT_ID = "provincial-platform";
    public static final String PLATFORM_CLIENT_SECRET = "provincial-platform-test-secret";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String baseUrl;

    private KeycloakServer() {
    }

    /** Points the application (profile oidc) at this server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("MEDIATIONDESK_OIDC_ISSUER", KeycloakServer::issuer);
        registry.add("MEDIATIONDESK_OIDC_CLIENT_ID", () -> CLIENT_ID);
        registry.add("MEDIATIONDESK_OIDC_CLIENT_SECRET", () -> CLIENT_SECRET);
    }

    public static String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** A user's access token (password grant, as a command-line client would get it). */
    public static String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", username, "password", PASSWORD, "scope", "openid"));
    }

    /** An integration's access token (client credentials, as the provincial platform would get it). */
    public static String platformToken() {
        return token(Map.of("grant_type", "client_credentials", "client_id", PLATFORM_CLIENT_ID,
                "client_secret", PLATFORM_CLIENT_SECRET));
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized String baseUrl() {
        if (baseUrl == null) {
            baseUrl = start();
        }
        return baseUrl;
    }

    private static String start() {
        try {
            Path javaHome = Path.of(System.getProperty("keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
            Path dist = Path.of(required("keycloak.dist"));
            Path run = Path.of("target", "keycloak-run").toAbsolutePath();
            copy(builtOnce(dist, javaHome), run);
            Path imports = Files.createDirectories(run.resolve("data/import"));
            Files.copy(Path.of("src/test/resources/keycloak/mediationdesk-realm.json"),
                    imports.resolve("mediationdesk-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            Path log = run.resolve("keycloak.log");
            Process process = command(javaHome, run, log, "start", "--optimized", "--http-enabled=true",
                    "--http-port=" + port, "--http-management-port=" + freePort(),
                    "--hostname-strict=false", "--import-realm").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            String url = "http://localhost:" + port;
            awaitRealm(process, url, log);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not be prepared", e);
        }
    }

    /** The distribution after {@code kc.sh build}: about a minute the first time, then reused. */
    private static Path builtOnce(Path dist, Path javaHome) throws IOException {
        Path built = Path.of(System.getProperty("user.home"), ".cache", "mediationdesk",
                dist.getFileName() + "-built");
        if (Files.isDirectory(built)) {
            return built;
        }
        Path building = Path.of(built + ".tmp-" + ProcessHandle.current().pid());
        Files.createDirectories(built.getParent());
        copy(dist, building);
        Path log = building.resolve("build.log");
        int exit = waitFor(command(javaHome, building, log, "build", "--db=dev-file").start());
        if (exit != 0) {
            throw new IllegalStateException("kc.sh build failed (" + exit + "):\n" + tail(log));
        }
        try {
            Files.move(building, built, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherRunBuiltItFirst) {
            if (!Files.isDirectory(built)) {
                throw anotherRunBuiltItFirst;
            }
        }
        return built;
    }

    private static ProcessBuilder command(Path javaHome, Path home, Path log, String... arguments) {
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new IllegalStateException("Keycloak needs Java 21 or later: no java under " + javaHome
                    + " (set -Dkeycloak.java.home)");
        }
        ProcessBuilder builder = new ProcessBuilder(concat(home.resolve("bin/kc.sh").toString(), arguments))
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("JAVA_OPTS");
        return builder;
    }

    private static void awaitRealm(Process process, String url, Path log) {
        URI discovery = URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (" + process.exitValue() + "):\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(discovery).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keycloak opens its port only when it is ready.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        stop(process);
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        int exit;
        if (Files.exists(to)) {
            exit = waitFor(new ProcessBuilder("rm", "-rf", to.toString()).inheritIO().start());
            if (exit != 0) {
                throw new IOException("could not remove " + to);
            }
        }
        exit = waitFor(new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start());
        if (exit != 0) {
            throw new IOException("could not copy " + from + " to " + to);
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("-D" + property + " is not set: run the single sign-on tests with mvn verify -Poidc");
        }
        return value;
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
