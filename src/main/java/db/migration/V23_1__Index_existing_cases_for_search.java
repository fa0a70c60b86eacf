package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.mediationdesk.search.SearchTerms;

/**
 * Writes the search terms of every case registered before V23 (descriptions and party names), a
 * thousand cases at a time, with the same {@link SearchTerms} the application uses for new cases.
 * Each batch replaces what terms its cases had, so it can also be run again to rebuild the index.
 */
public class V23_1__Index_existing_cases_for_search extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = 0;
        while (true) {
            Map<Long, String> descriptions = descriptionsAfter(connection, after);
            if (descriptions.isEmpty()) {
                return;
            }
            long last = descriptions.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM case_search_term WHERE case_id > ? AND case_id <= ?")) {
                delete.setLong(1, after);
                delete.setLong(2, last);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO case_search_term (field, term, case_id) VALUES (?, ?, ?)")) {
                for (var entry : descriptions.entrySet()) {
                    add(insert, "D", entry.getKey(), List.of(entry.getValue()));
                }
                for (var entry : partyNames(connection, after, last).entrySet()) {
                    add(insert, "P", entry.getKey(), entry.getValue());
                }
                insert.executeBatch();
            }
            after = last;
        }
    }

    private static Map<Long, String> descriptionsAfter(Connection connection, long after) throws SQLException {
        Map<Long, String> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, description FROM dispute_case WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, after);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong(1), result.getString(2));
                }
            }
        }
        return rows;
    }

    private static Map<Long, List<String>> partyNames(Connection connection, long after, long last)
            throws SQLException {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT case_id, name FROM case_party WHERE case_id > ? AND case_id <= ?")) {
            select.setLong(1, after);
            select.setLong(2, last);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    names.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(result.getString(2));
                }
            }
        }
        return names;
    }

    private static void add(PreparedStatement insert, String field, long caseId, List<String> texts)
            throws SQLException {
        var terms = new LinkedHashSet<String>();
        texts.forEach(text -> terms.addAll(SearchTerms.ofStoredText(text)));
        for (String term : terms) {
            insert.setString(1, field);
            insert.setString(2, term);
            insert.setLong(3, caseId);
            insert.addBatch();
        }
    }
}
