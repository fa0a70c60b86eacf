package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.support.RuleSetDrafts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load driver for the what-if simulation: the trial draft against the published rules on N cases
 * registered in one period (default 3,000; two parties each, every fifth sharing a party with an
 * earlier case). Not a test; run with
 * {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.rulesets.RuleSimulationBenchmark}
 * (optional {@code -Dbenchmark.args=5000}). Data lives in an H2 file database under /tmp.
 */
public final class RuleSimulationBenchmark {

    private static final String[][] KINDS = {
            {"FISHERY", "330503105"}, {"NEIGHBOUR", "330503101"}, {"CONTRACT", "330503102"},
            {"LABOUR", "330503103"}, {"FISHERY", "330503105"}};

    private RuleSimulationBenchmark() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 3000;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MediationDeskApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:/tmp/mediationdesk-simulation-bench/db;MODE=MySQL",
                        "--camunda.bpm.job-execution.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--spring.profiles.include=")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ensureCases(jdbc, cases);
            RuleSetVersions versions = context.getBean(RuleSetVersions.class);
            long published = versions.publishedId().orElseThrow();
            RuleSetVersion draft = versions.createDraft(published, "bench", "benchmark draft");
            versions.saveFile(draft.id(), "rules/routing.drl",
                    versions.files(draft.id()).get("rules/routing.drl") + RuleSetDrafts.TRIAL_RULE, "bench");
            RuleSimulation simulation = context.getBean(RuleSimulation.class);
            for (int round = 1; round <= 3; round++) {
                long started = System.nanoTime();
                SimulationReport report = simulation.simulate(draft.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        CaseScope.EVERY_CENTRE);
                System.out.printf("round %d: %d cases, %d changed (%d routed differently) in %.2f s (%.2f ms per case, both rule sets)%n",
                        round, report.cases(), report.changed(), report.routedDifferently(),
                        (System.nanoTime() - started) / 1e9, (System.nanoTime() - started) / 1e6 / report.cases());
            }
        }
    }

    private static void ensureCases(JdbcTemplate jdbc, int wanted) {
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number LIKE 'SIM-%'", Integer.class);
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 8, 0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = existing; i < wanted; i++) {
            String[] kind = KINDS[i % KINDS.length];
            String description = (i % 10 == 0 ? RuleSetDrafts.MARKER + "：" : "") + "纠纷第" + i + "号";
            rows.add(new Object[] {"SIM-" + i, kind[0], "WALK_IN", "330503", kind[1], description, LocalDate.of(2026, 1, 1),
                    2 + i % 4, "AWAITING_ACCEPTANCE", "NX-COUNTY", "bench", base.plusMinutes(i * 50L)});
        }
        jdbc.batchUpdate("INSERT INTO dispute_case (case_number, dispute_type_code, source, county_code, township_code,"
                + " description, occurred_on, people_involved, status, centre_code, registered_by, registered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("INSERT INTO case_party (case_id, seq, role, kind, name, id_number)"
                + " SELECT id, 0, 'APPLICANT', 'PERSON', CONCAT('申请人', MOD(id, 600)),"
                + " CONCAT('3305031970010', LPAD(MOD(id, 600), 5, '0')) FROM dispute_case"
                + " WHERE case_number LIKE 'SIM-%' AND id NOT IN (SELECT case_id FROM case_party)");
        jdbc.update("INSERT INTO case_party (case_id, seq, role, kind, name)"
                + " SELECT id, 1, 'RESPONDENT', 'PERSON', CONCAT('被申请人', id) FROM dispute_case"
                + " WHERE case_number LIKE 'SIM-%' AND id NOT IN (SELECT case_id FROM case_party WHERE seq = 1)");
    }
}
