package org.mediationdesk.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mediationdesk.MediationDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application refuses to start, saying why and what to do, when its database is unreachable or
 * hands out connections at an isolation level the process engine cannot work with; nothing keeps
 * listening on the port afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupChecksIT {

    @Test
    void unreachableDatabaseStopsStartUpNamingTheDatabase(CapturedOutput output) throws IOException {
        int webPort = freePort();
        int closedPort = freePort();
        String url = "jdbc:mysql://127.0.0.1:" + closedPort + "/mediationdesk";

        assertThatThrownBy(() -> start(webPort, "--spring.datasource.url=" + url,
                "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver"))
                .isInstanceOf(Exception.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("cannot reach its database at " + url)
                .contains("MEDIATIONDESK_DB_URL");
        assertThat(listening(webPort)).isFalse();
    }

    @Test
    void repeatableReadIsolationStopsStartUpSayingWhichLevelIsNeeded(CapturedOutput output) throws IOException {
        int webPort = freePort();

        assertThatThrownBy(() -> start(webPort,
                "--spring.datasource.hikari.transaction-isolation=TRANSACTION_REPEATABLE_READ"))
                .isInstanceOf(Exception.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("READ COMMITTED")
                .contains("spring.datasource.hikari.transaction-isolation");
        assertThat(listening(webPort)).isFalse();
    }

    private static void start(int port, String... arguments) {
        String[] all = new String[arguments.length + 1];
        all[0] = "--server.port=" + port;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        new SpringApplicationBuilder(MediationDeskApplication.class).run(all).close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
