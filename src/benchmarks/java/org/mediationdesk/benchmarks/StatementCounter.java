package org.mediationdesk.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Counts the statements Connector/J sends, by their first word, on the threads that do a benchmark's work
 * (its client threads and the web server's request threads), so the application's periodic jobs on their own
 * threads are not counted. Named in a JDBC URL: {@code queryInterceptors=org.mediationdesk.benchmarks.StatementCounter}.
 */
public final class StatementCounter implements QueryInterceptor {

    /** Thread names whose statements count: the benchmark's client threads and Tomcat's request threads. */
    static final String CLIENT_THREAD = "bench-client-";
    private static final String REQUEST_THREAD = "http-nio-";
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static void reset() {
        COUNTS.clear();
    }

    /** Statements by first word (SELECT, INSERT, …, COMMIT) since the last {@link #reset}. */
    static Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        COUNTS.forEach((word, count) -> copy.put(word, count.sum()));
        return copy;
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        String thread = Thread.currentThread().getName();
        if (thread.startsWith(CLIENT_THREAD) || thread.startsWith(REQUEST_THREAD)) {
            COUNTS.computeIfAbsent(firstWord(sql.get()), word -> new LongAdder()).increment();
        }
        return null;
    }

    private static String firstWord(String sql) {
        String trimmed = sql == null ? "" : sql.stripLeading();
        int end = 0;
        while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
            end++;
        }
        return end == 0 ? "?" : trimmed.substring(0, end).toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                               ServerSession serverSession) {
        return null;
    }
}
