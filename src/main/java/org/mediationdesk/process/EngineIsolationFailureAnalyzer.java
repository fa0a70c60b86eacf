package org.mediationdesk.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Replaces the stack trace of a start-up the process engine refuses because the database hands out
 * connections at another isolation level than READ COMMITTED (Camunda's ENGINE-12019) with what
 * went wrong and what to do. The application stops; it never runs half-started.
 */
class EngineIsolationFailureAnalyzer implements FailureAnalyzer {

    private static final String ISOLATION_CHECK = "ENGINE-12019";

    private final Environment environment;

    EngineIsolationFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).contains(ISOLATION_CHECK)) {
                return wrongIsolation(cause);
            }
        }
        return null;
    }

    private FailureAnalysis wrongIsolation(Throwable cause) {
        return new FailureAnalysis(
                "The database at " + url() + " hands out connections at a transaction isolation level the "
                        + "process engine refuses: " + cause.getMessage(),
                "Use READ COMMITTED: set spring.datasource.hikari.transaction-isolation="
                        + "TRANSACTION_READ_COMMITTED (the mysql profile does), or the server's "
                        + "transaction_isolation to READ-COMMITTED. Camunda is built for READ COMMITTED; under "
                        + "REPEATABLE READ, MySQL's default, it is known to deadlock.",
                cause);
    }

    private String url() {
        return environment.getProperty("spring.datasource.url", "(spring.datasource.url not set)");
    }
}
