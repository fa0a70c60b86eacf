package org.mediationdesk.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Row count and a SHA-256 of the content of every table in the database (the process engine's
 * too): two snapshots are equal only if nothing was written in between. Left out: Spring Session's
 * tables, whose expired page sessions a timer deletes whatever a test does.
 */
public final class TableChecksums {

    private TableChecksums() {
    }

    /** Table name → {@code <rows> rows, <sha-256 of the sorted rows>}. */
    public static Map<String, String> of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> tables = new TreeMap<>();
            for (String table : tables(connection)) {
                tables.put(table, checksum(connection, table));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (!name.toUpperCase(Locale.ROOT).startsWith("SPRING_SESSION")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static String checksum(Connection connection, String table) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        List<String> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " rows, " + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
