package org.mediationdesk.support;

import org.flywaydb.core.Flyway;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Empties the real MySQL/MariaDB test database once, before any test context starts, so every run
 * begins from the migrations alone. Active only when {@code mediationdesk.test.clean-database=true}
 * (set by the {@code mysql} Maven profile); the H2 tests use a fresh in-memory database anyway.
 */
public class CleanDatabaseBeforeTests implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("mediationdesk.test.clean-database")) {
            return;
        }
        Flyway.configure()
                .dataSource(System.getenv("MEDIATIONDESK_DB_URL"), System.getenv("MEDIATIONDESK_DB_USER"),
                        System.getenv("MEDIATIONDESK_DB_PASSWORD"))
                .cleanDisabled(false)
                .load()
                .clean();
    }
}
