package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many cases of one centre registered in 2026, written by JDBC batches straight into {@code dispute_case} (one
 * applicant each), for exports too large to register one by one: a third closed, the rest in mediation. Their
 * numbers are {@code BENCH-0}, {@code BENCH-1}, …; a second call tops up to the number wanted.
 */
public final class ManyCases {

    public static final String CENTRE = "NX-LINGHU-FISHERY";
    public static final String CENTRE_NAME = "菱湖渔业纠纷调处化解中心";
    private static final int BATCH = 2000;

    private ManyCases() {
    }

    /** @return how many were inserted now */
    public static int ensure(JdbcTemplate jdbc, int wanted) {
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number LIKE 'BENCH-%'",
                Integer.class);
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 8, 0);
        for (int from = existing; from < wanted; from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(wanted, from + BATCH); i++) {
                rows.add(new Object[] {"BENCH-" + i, "FISHERY", "WALK_IN", "330503", "330503105",
                        "鱼塘承包纠纷第" + i + "号，双方就排水与赔偿发生争议", LocalDate.of(2026, 1, 1), 2,
                        i % 3 == 0 ? "CLOSED" : "IN_MEDIATION", CENTRE, "bench", base.plusMinutes(i % 500_000),
                        i % 3 == 0 ? "RESOLVED" : null, i % 3 == 0 ? base.plusDays(20).plusMinutes(i % 1000) : null,
                        30 + i % 100, i % 3 == 0 ? 20_000 + i % 5000 : null});
            }
            jdbc.batchUpdate("INSERT INTO dispute_case (case_number, dispute_type_code, source, county_code, township_code,"
                    + " description, occurred_on, people_involved, status, centre_code, registered_by, registered_at,"
                    + " closure_type, closed_at, minutes_to_acceptance, minutes_to_outcome)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            if (from / BATCH % 50 == 0) {
                System.out.printf("  %,d cases inserted%n", Math.min(wanted, from + BATCH));
            }
        }
        jdbc.update("INSERT INTO case_party (case_id, seq, role, kind, name)"
                + " SELECT id, 0, 'APPLICANT', 'PERSON', '沈建国' FROM dispute_case c WHERE case_number LIKE 'BENCH-%'"
                + " AND NOT EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id)");
        return Math.max(0, wanted - existing);
    }
}
