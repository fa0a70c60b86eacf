package org.mediationdesk.cases;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V25 on an H2 database holding history written before events had details: a closure, whose note
 * was its code, gets its detail (so it reads as words in either language); other notes stay as they were.
 */
class EventDetailMigrationTest {

    @Test
    void closuresRecordedAsCodesGetTheirDetailAndOtherNotesStayAsStored() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, "20");
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
        jdbc.update("INSERT INTO case_event (id, case_id, occurred_at, actor, event_type, from_status, to_status, note)"
                + " VALUES (1, 7, '2026-05-29 18:30:00', 'system', 'CLOSED', 'FOLLOW_UP', 'CLOSED', 'RESOLVED')");
        jdbc.update("INSERT INTO case_event (id, case_id, occurred_at, actor, event_type, note)"
                + " VALUES (2, 7, '2026-05-20 09:00:00', 'system', 'ROUTED', '分派至菱湖渔业纠纷调处化解中心')");

        migrate(database, "25");

        assertThat(jdbc.queryForObject("SELECT detail FROM case_event WHERE id = 1", String.class))
                .isEqualTo("{\"key\":\"closed\",\"args\":[[\"LABEL\",\"ClosureType.RESOLVED\"]]}");
        assertThat(jdbc.queryForList("SELECT note, detail FROM case_event WHERE id = 2").get(0).values())
                .containsExactly("分派至菱湖渔业纠纷调处化解中心", null);
    }

    private static void migrate(JdbcDataSource database, String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(version).load().migrate();
    }
}
