package org.mediationdesk.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration V16.1 on an H2 database holding an agreement recorded before agreements had an effective day. */
class AgreementEffectiveDateMigrationTest {

    @Test
    void agreementRecordedBeforeTookEffectOnTheDayItWasRecordedAndKeepsItsRuling() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        migrate(database, "16");
        jdbc.execute("SET REFERENTIAL_INTEGRITY FALSE");
        jdbc.update("INSERT INTO case_agreement (case_id, terms, performance_deadline, agreement_form,"
                + " confirmation_requested, recorded_by, recorded_at, confirmation_decision, confirmation_court,"
                + " confirmation_decided_on) VALUES (7, '赔偿五千元', '2026-06-30', 'WRITTEN', TRUE, 'linghu.mediator',"
                + " '2026-05-29 18:30:00', 'CONFIRMED', '南浔区人民法院', '2026-06-10')");

        migrate(database, "16.1");

        assertThat(jdbc.queryForObject("SELECT effective_on FROM case_agreement WHERE case_id = 7", LocalDate.class))
                .isEqualTo(LocalDate.parse("2026-05-29"));
        assertThat(jdbc.queryForList("SELECT confirmation_decision, confirmation_court, confirmation_applied_on,"
                + " confirmation_case_number FROM case_agreement WHERE case_id = 7").get(0).values())
                .containsExactly("CONFIRMED", "南浔区人民法院", null, null);
    }

    private static void migrate(JdbcDataSource database, String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(version).load().migrate();
    }
}
