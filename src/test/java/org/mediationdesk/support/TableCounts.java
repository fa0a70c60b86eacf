package org.mediationdesk.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of every table a registration writes, including the process engine's, to prove nothing was stored. */
public final class TableCounts {

    private static final List<String> TABLES = List.of("dispute_case", "case_party", "case_event", "decision_record",
            "registration_key", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_HI_PROCINST");

    private TableCounts() {
    }

    public static Map<String, Long> of(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        counts.put("case numbers handed out",
                jdbc.queryForObject("SELECT COALESCE(SUM(last_value), 0) FROM case_number_sequence", Long.class));
        return counts;
    }
}
