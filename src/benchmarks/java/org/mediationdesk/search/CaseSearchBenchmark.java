package org.mediationdesk.search;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;

/**
 * The case search's words query against {@code LIKE '%word%'} on the description, on the real schema
 * (Flyway's migrations into an emptied database) with {@code cases} generated cases of about 80
 * Chinese characters, their terms written with {@link SearchTerms} as a registration writes them.
 * Each query (count, then the first page of 20) runs {@code samples} times per word, the two ways
 * interleaved; p50 and p95 in milliseconds. The index query repeats {@code CaseSearchMapper.xml}'s
 * "matching" shape for one word. Not a test:
 * {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.search.CaseSearchBenchmark
 * -Dbenchmark.args="jdbc:mysql://127.0.0.1:3306/bench_search 20000 50"} (or {@code jdbc:h2:mem:bench;MODE=MySQL}).
 * <strong>It empties the database it is given.</strong>
 */
public final class CaseSearchBenchmark {

    private static final String[] PHRASES = {"鱼塘排水", "上游养殖户", "下游鱼苗死亡", "双方协商未果", "邻里之间", "宅基地边界",
        "工资拖欠三个月", "劳动合同到期", "物业费收取", "噪音扰民", "道路交通事故", "医疗费用赔偿", "土地流转租金",
        "婚姻家庭矛盾", "赡养老人", "房屋漏水", "装修纠纷", "村集体分红", "山林权属", "承包合同", "要求赔偿损失",
        "经村调委会调解", "当事人情绪激动", "涉及金额较大", "已报派出所", "申请人称", "被申请人认为", "纠纷由来已久"};
    private static final String RARE = "渔政执法船";

    private CaseSearchBenchmark() {
    }

    public static void main(String[] arguments) throws SQLException {
        // exec:exec passes -Dbenchmark.args as one argument.
        String[] args = String.join(" ", arguments).trim().split("\\s+");
        String url = args.length > 0 ? args[0] : "jdbc:h2:mem:bench;MODE=MySQL;DB_CLOSE_DELAY=-1";
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        String vendor = url.startsWith("jdbc:h2") ? "h2" : "mysql";
        Flyway flyway = Flyway.configure().dataSource(url, h2(url) ? "sa" : "root", "").cleanDisabled(false)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load();
        flyway.clean();
        flyway.migrate();
        try (Connection connection = DriverManager.getConnection(url, h2(url) ? "sa" : "root", "")) {
            long start = System.nanoTime();
            generate(connection, cases);
            System.out.printf("%s: %d cases and their terms written in %d s%n", vendor, cases,
                    (System.nanoTime() - start) / 1_000_000_000);
            System.out.println("word              matches  index p50   p95 | LIKE p50   p95  (ms, count + first page)");
            for (String word : List.of(RARE, "宅基地", "纠纷由来已久", "调解")) {
                measure(connection, word, samples);
            }
        }
    }

    private static boolean h2(String url) {
        return url.startsWith("jdbc:h2");
    }

    private static void generate(Connection connection, int cases) throws SQLException {
        connection.setAutoCommit(false);
        Random random = new Random(42);
        try (PreparedStatement insertCase = connection.prepareStatement("INSERT INTO dispute_case (id, case_number,"
                + " dispute_type_code, source, county_code, township_code, description, occurred_on, people_involved,"
                + " status, centre_code, registered_by, registered_at) VALUES (?, ?, 'FISHERY', 'WALK_IN', '330503',"
                + " '330503001', ?, '2026-11-01', 2, 'CLOSED', 'NX-LINGHU-FISHERY', 'clerk', ?)");
             PreparedStatement insertTerm = connection.prepareStatement(
                     "INSERT INTO case_search_term (field, term, case_id) VALUES ('D', ?, ?)")) {
            for (int id = 1; id <= cases; id++) {
                StringBuilder description = new StringBuilder();
                while (description.length() < 80) {
                    description.append(PHRASES[random.nextInt(PHRASES.length)]).append(random.nextBoolean() ? "，" : "");
                }
                if (id % 1000 == 0) {
                    description.insert(20, RARE);
                }
                insertCase.setLong(1, id);
                insertCase.setString(2, "NX-2026-" + id);
                insertCase.setString(3, description.toString());
                insertCase.setTimestamp(4, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 8, 0).plusMinutes(id)));
                insertCase.addBatch();
                for (String term : SearchTerms.ofStoredText(description.toString())) {
                    insertTerm.setString(1, term);
                    insertTerm.setLong(2, id);
                    insertTerm.addBatch();
                }
                if (id % 500 == 0) {
                    insertCase.executeBatch();
                    insertTerm.executeBatch();
                    connection.commit();
                }
            }
            insertCase.executeBatch();
            insertTerm.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    private static void measure(Connection connection, String word, int samples) throws SQLException {
        Set<String> terms = SearchTerms.ofSearchWord(word);
        StringBuilder joins = new StringBuilder();
        for (int j = 0; j < terms.size(); j++) {
            joins.append(" JOIN case_search_term w0_").append(j).append(" ON w0_").append(j).append(".case_id = c.id AND w0_")
                    .append(j).append(".field = 'D' AND w0_").append(j).append(".term = ?");
        }
        String indexed = "FROM dispute_case c" + joins + " WHERE LOWER(c.description) LIKE ? ESCAPE '!'";
        String like = "FROM dispute_case c WHERE c.description LIKE ? ESCAPE '!'";
        List<Object> indexedArgs = new ArrayList<>(terms);
        indexedArgs.add(CaseQuery.contains(word));
        List<Object> likeArgs = List.of(CaseQuery.contains(word));
        long[] index = new long[samples];
        long[] scan = new long[samples];
        long matches = 0;
        for (int i = 0; i < samples; i++) {
            index[i] = timed(connection, indexed, indexedArgs);
            matches = lastCount;
            scan[i] = timed(connection, like, likeArgs);
            if (lastCount != matches) {
                throw new IllegalStateException(word + ": index found " + matches + ", LIKE " + lastCount);
            }
        }
        System.out.printf("%-12s %8d %9.1f %5.1f | %8.1f %5.1f%n", word, matches, p(index, 50), p(index, 95),
                p(scan, 50), p(scan, 95));
    }

    private static long lastCount;

    /** Count and the first page of ids, newest first, as the search does; nanoseconds. */
    private static long timed(Connection connection, String from, List<Object> args) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement count = prepared(connection, "SELECT COUNT(*) " + from, args);
             ResultSet rows = count.executeQuery()) {
            rows.next();
            lastCount = rows.getLong(1);
        }
        try (PreparedStatement page = prepared(connection, "SELECT c.id " + from
                + " ORDER BY c.registered_at DESC, c.id DESC LIMIT 20", args); ResultSet rows = page.executeQuery()) {
            while (rows.next()) {
                rows.getLong(1);
            }
        }
        return System.nanoTime() - start;
    }

    private static PreparedStatement prepared(Connection connection, String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return statement;
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1_000_000.0;
    }
}
