package org.mediationdesk.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.S3Server;
import org.mediationdesk.support.SampleFiles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Upload and download throughput of one 20 MB attachment over HTTP, stored in the database and in an
 * S3-compatible store (s3proxy on this machine, in memory), one application after the other in the same run.
 * Each round uploads the file ({@code POST /api/cases/{n}/attachments}, streamed from disk) and downloads it
 * back (hashed as it arrives, nothing kept); the bytes are checked against the SHA-256.
 * Not a test. {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.benchmarks.AttachmentBenchmark
 * -Dbenchmark.args="5"} (rounds per store; a JDBC URL of a MariaDB/MySQL database as a second argument runs on it
 * instead of in-memory H2).
 */
public final class AttachmentBenchmark {

    private static final int MEGABYTES = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AttachmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String jdbcUrl = args.length > 1 ? args[1] : null;
        Path file = Files.createTempFile("attachment-benchmark", ".pdf");
        Files.write(file, SampleFiles.largePdf(MEGABYTES, -1024));
        String sha256 = sha256(Files.readAllBytes(file));
        System.out.printf("file: %d bytes, %d rounds per store, database %s%n", Files.size(file), rounds,
                jdbcUrl == null ? "H2 in memory" : jdbcUrl);
        try {
            measure("DATABASE", file, sha256, rounds, jdbcUrl, List.of());
            try (S3Server s3 = S3Server.start("benchmark")) {
                measure("S3", file, sha256, rounds, jdbcUrl, List.of("--mediationdesk.attachments.storage=S3",
                        "--mediationdesk.attachments.s3.endpoint=" + s3.endpoint(),
                        "--mediationdesk.attachments.s3.bucket=benchmark",
                        "--mediationdesk.attachments.s3.access-key=" + S3Server.ACCESS_KEY,
                        "--mediationdesk.attachments.s3.secret-key=" + S3Server.SECRET_KEY));
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static void measure(String storage, Path file, String sha256, int rounds, String jdbcUrl,
                                List<String> extra) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=demo",
                "--mediationdesk.attachments.max-case-size=100GB", "--logging.level.root=WARN"));
        if (jdbcUrl == null) {
            arguments.add("--spring.datasource.url=jdbc:h2:mem:attachments-" + UUID.randomUUID()
                    + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        } else {
            arguments.add("--spring.profiles.active=demo,mysql");
            arguments.add("--spring.datasource.url=" + jdbcUrl);
        }
        arguments.addAll(extra);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MediationDeskApplication.class)
                .run(arguments.toArray(String[]::new))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            String caseNumber = post(base + "/api/cases", "clerk", HttpRequest.BodyPublishers.ofString(
                    Disputes.fisheryDisputeInLinghu().toString()), "application/json").get("caseNumber").asText();
            double mb = Files.size(file) / 1048576.0;
            for (int round = 0; round <= rounds; round++) {
                long start = System.nanoTime();
                long id = upload(base, caseNumber, file).get("id").asLong();
                double upload = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                String back = download(base + "/api/cases/" + caseNumber + "/attachments/" + id);
                double download = (System.nanoTime() - start) / 1e9;
                if (!back.equals(sha256)) {
                    throw new IllegalStateException("downloaded bytes differ");
                }
                System.out.printf("%-8s %s upload %6.1f MB/s (%5.2f s)  download %6.1f MB/s (%5.2f s)%n", storage,
                        round == 0 ? "warm-up" : "round " + round, mb / upload, upload, mb / download, download);
            }
        }
    }

    private static JsonNode upload(String base, String caseNumber, Path file) throws Exception {
        String boundary = "----benchmark" + UUID.randomUUID();
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\""
                        + "\r\n\r\nEVIDENCE\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"scan.pdf\"\r\nContent-Type: application/octet-stream\r\n\r\n", StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        return post(base + "/api/cases/" + caseNumber + "/attachments", "linghu.mediator", body,
                "multipart/form-data; boundary=" + boundary);
    }

    private static JsonNode post(String url, String user, HttpRequest.BodyPublisher body, String type) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user))
                .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String download(String url) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", basic("linghu.mediator")).build(), HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
