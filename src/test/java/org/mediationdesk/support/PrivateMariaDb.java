package org.mediationdesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (data under {@code target/}, a free port), which the test may
 * kill and start again without touching the shared server on 3306. Needs {@code mariadb-install-db}
 * and {@code mariadbd} (Debian's mariadb-server; {@code .ci/run} installs it).
 */
public final class PrivateMariaDb implements AutoCloseable {

    private final Path directory;
    private final int port;
    private Process server;

    private PrivateMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Creates a fresh data directory, starts the server and creates the database {@code mediationdesk}. */
    public static PrivateMariaDb start(Path directory) throws Exception {
        PrivateMariaDb db = new PrivateMariaDb(directory.toAbsolutePath(), freePort());
        db.install();
        db.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> db.server.destroyForcibly()));
        try (var connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port + "/", "root", "")) {
            connection.createStatement().execute(
                    "CREATE DATABASE mediationdesk CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/mediationdesk";
    }

    /** Kills the server as a crash or power cut would (SIGKILL): no clean shutdown. */
    public void kill() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the server again on the same port and data; InnoDB recovers what was committed. */
    public void restart() throws Exception {
        startServer();
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void install() throws IOException, InterruptedException {
        deleteRecursively(directory);
        Files.createDirectories(directory);
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + directory.resolve("data"),
                "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal",
                "--skip-test-db"), directory.resolve("install.log"));
    }

    private void startServer() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(mariadbd(), "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + directory.resolve("mariadb.sock"), "--pid-file=" + directory.resolve("mariadb.pid"),
                "--user=" + System.getProperty("user.name"), "--skip-log-bin", "--innodb-buffer-pool-size=128M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile()));
        server = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!accepts()) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The private MariaDB did not start; see " + directory.resolve("server.log"));
            }
            Thread.sleep(200);
        }
    }

    private boolean accepts() {
        try (var ignored = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String mariadbd() {
        return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) ? "/usr/sbin/mariadbd" : "mariadbd";
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
