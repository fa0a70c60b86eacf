package org.mediationdesk.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Replaces the long stack trace of a start-up that fails on the database with what went wrong and
 * what to do: the database cannot be reached, or refuses the user. The application stops; it never
 * runs half-started. (A database the process engine refuses is process.EngineIsolationFailureAnalyzer's.)
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return unreachable(failure, sql);
            }
        }
        return null;
    }

    private FailureAnalysis unreachable(Throwable failure, SQLException cause) {
        return new FailureAnalysis(
                "MediationDesk cannot reach its database at " + url() + ": " + rootMessage(cause)
                        + " (SQL state " + cause.getSQLState() + ").",
                "Start the database server, or correct MEDIATIONDESK_DB_URL, MEDIATIONDESK_DB_USER and "
                        + "MEDIATIONDESK_DB_PASSWORD (spring.datasource.url, .username, .password). "
                        + "The application does not start without its database.",
                failure);
    }

    /** SQL state class 08 is a connection failure, 28 a refused user or password. */
    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("28"));
    }

    private String url() {
        return environment.getProperty("spring.datasource.url", "(spring.datasource.url not set)");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + " — " + root;
    }
}
