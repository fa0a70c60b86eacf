package org.mediationdesk.tasks;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.support.BusinessTime;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * Open cases for {@link TaskListBenchmark} in minutes instead of hours: copies of one real
 * registration (its case row, parties, events and decision records, written by JDBC batches) whose
 * processes start directly in {@code acceptCase} with the real process's variables, so their tasks
 * have the same candidate groups, due-date expression and deadline timer. Each copy has its own
 * case number ({@code …-9NNNNN}, a block the county's counter does not reach), parties' names
 * (20 surnames × 100 given names) and phone, and deadline: one in 20 is 90% through its acceptance
 * time (yellow), the others started up to 10 hours ago with due dates spread over a day (green).
 */
final class GeneratedOpenCases {

    static final String NUMBER_BLOCK = "9";
    static final String[] SURNAMES = {"沈", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈",
            "褚", "卫", "蒋", "韩", "杨", "朱", "秦", "尤", "许", "何"};
    private static final String[] FIRST = {"建", "小", "国", "志", "海", "文", "金", "永", "春", "秀"};
    private static final String[] SECOND = {"明", "华", "强", "平", "林", "英", "芳", "军", "生", "琴"};
    private static final int CHUNK = 250;
    private static final int THREADS = 4;
    private static final List<String> CHILD_TABLES = List.of("case_party", "case_event", "decision_record");

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl engine;
    private final TransactionTemplate transaction;
    private final Map<String, Object> templateCase;
    private final Map<String, List<Map<String, Object>>> templateChildren = new LinkedHashMap<>();
    private final Map<String, Object> templateVariables;
    private final String numberPrefix;
    private final LocalDateTime templateDue;

    GeneratedOpenCases(ApplicationContext app, long templateCaseId) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.runtimeService = app.getBean(RuntimeService.class);
        this.engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.templateCase = jdbc.queryForMap("SELECT * FROM dispute_case WHERE id = ?", templateCaseId);
        templateCase.remove("id");
        for (String table : CHILD_TABLES) {
            List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM " + table + " WHERE case_id = ? ORDER BY id",
                    templateCaseId);
            rows.forEach(row -> row.remove("id"));
            templateChildren.put(table, rows);
        }
        this.templateVariables = runtimeService.getVariables((String) templateCase.get("process_instance_id"));
        String number = (String) templateCase.get("case_number");
        this.numberPrefix = number.substring(0, number.lastIndexOf('-') + 1) + NUMBER_BLOCK;
        Object due = templateCase.get("acceptance_due");
        this.templateDue = due instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) due;
    }

    /** The case number of copy {@code index}, or the pattern (SQL LIKE) all copies' numbers match. */
    String number(int index) {
        return numberPrefix + "%05d".formatted(index);
    }

    String numberPattern() {
        return numberPrefix + "_____";
    }

    static String name(int index) {
        return SURNAMES[index % SURNAMES.length] + FIRST[(index / SURNAMES.length) % FIRST.length]
                + SECOND[(index / (SURNAMES.length * FIRST.length)) % SECOND.length];
    }

    static boolean yellow(int index) {
        return index % 20 == 0;
    }

    /** Writes copies {@code from} (inclusive) to {@code to} (exclusive) with {@value #THREADS} threads. */
    void generate(int from, int to) throws Exception {
        AtomicInteger nextChunk = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int start = nextChunk.getAndAdd(CHUNK); start < to; start = nextChunk.getAndAdd(CHUNK)) {
                    int first = start;
                    transaction.executeWithoutResult(status -> writeChunk(first, Math.min(to, first + CHUNK)));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private void writeChunk(int from, int to) {
        LocalDateTime now = BusinessTime.now();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Map<String, Object> row = copy(templateCase);
            LocalDateTime started = yellow(i) ? now.minusHours(72) : now.minusMinutes(i % 600);
            row.put("case_number", number(i));
            row.put("process_instance_id", null);
            row.put("registered_at", started);
            row.put("clock_started_at", started);
            row.put("acceptance_due", yellow(i) ? now.plusHours(8) : templateDue.plusMinutes(i % 1440));
            cases.add(row);
        }
        insert("dispute_case", cases);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, case_number FROM dispute_case WHERE case_number BETWEEN ? AND ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, number(from), number(to - 1));
        for (var table : templateChildren.entrySet()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                for (Map<String, Object> template : table.getValue()) {
                    Map<String, Object> row = copy(template);
                    row.put("case_id", ids.get(number(i)));
                    if (table.getKey().equals("case_party")) {
                        party(row, i);
                    }
                    rows.add(row);
                }
            }
            insert(table.getKey(), rows);
        }
        // One engine command for the chunk: one flush, so the engine's inserts go out as JDBC batches.
        List<Object[]> processes = engine.getCommandExecutorTxRequired().execute(context -> {
            List<Object[]> started = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Map<String, Object> variables = new HashMap<>(templateVariables);
                variables.put(ProcessVariables.CASE_ID, ids.get(number(i)));
                variables.put(ProcessVariables.CASE_NUMBER, number(i));
                variables.put(ProcessVariables.ACCEPTANCE_DUE,
                        toDate((LocalDateTime) cases.get(i - from).get("acceptance_due")));
                String processInstanceId = runtimeService.createProcessInstanceByKey(Workflow.PROCESS_KEY)
                        .businessKey(number(i)).setVariables(variables).startBeforeActivity("acceptCase").execute().getId();
                started.add(new Object[] {processInstanceId, ids.get(number(i))});
            }
            return started;
        });
        jdbc.batchUpdate("UPDATE dispute_case SET process_instance_id = ? WHERE id = ?", processes);
    }

    /**
     * Each copy's parties have their own names and phone numbers; the applicant is copy i, the respondent another.
     * They are written in plain text without lookups, as rows from before V31 were: the template's values are
     * sealed, and the application's resealing job encrypts these in batches after start.
     */
    private static void party(Map<String, Object> row, int index) {
        boolean applicant = ((Number) row.get("seq")).intValue() == 0;
        row.put("name", name(applicant ? index : index + 1011));
        if (row.get("phone") != null) {
            row.put("phone", "139%08d".formatted(index));
        }
        if (row.get("id_number") != null) {
            row.put("id_number", "33050319720315" + "%04d".formatted(index % 10_000));
        }
        row.put("id_number_lookup", null);
        row.put("phone_lookup", null);
        row.put("pii_key_version", null);
    }

    private void insert(String table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = List.copyOf(rows.get(0).keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        jdbc.batchUpdate(sql, rows.stream().map(row -> columns.stream().map(row::get).toArray()).toList());
    }

    private static Map<String, Object> copy(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedCaseInsensitiveMap<>();
        copy.putAll(row);
        return copy;
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(BusinessTime.ZONE).toInstant());
    }
}
