package org.mediationdesk.tasks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.cases.CaseEscalation;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.EscalationPaths;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.routing.WarningColour;
import org.mediationdesk.search.SearchTerms;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Task-list queries on a large database: the application's lists ({@link TaskListing}, read from the
 * task read model {@code task_list}, with its bounded count), unfiltered and filtered, against Camunda's
 * own {@code TaskService} query (page and count) for the same tasks where it has one, p50/p95 in the same
 * run, interleaved; then the escalation sweep case by case against batched. Before measuring, the party
 * names of generated cases get their search terms and the read model is rebuilt from the engine when it
 * does not hold every open task.
 * Data: {@code closed} closed cases by batch insert (rows in {@code dispute_case} only; see
 * docs/benchmarks.md) and {@code open} cases waiting for acceptance at the 菱湖 fishery centre: 200
 * real registrations, the rest {@link GeneratedOpenCases} checked by {@link GeneratedCaseCheck};
 * 300 claimed by {@code linghu.mediator}. The database ({@code bench_tasks} unless named) is kept
 * and topped up on the next run. Not a test:
 * {@code mvn -q -Pbenchmarks test-compile exec:exec -Dbenchmark.main=org.mediationdesk.tasks.TaskListBenchmark
 * -Dbenchmark.args="jdbc:mysql://127.0.0.1:3306 1000000 20000 100 2"} (closed, open, samples, sweep
 * rounds, optionally the database).
 */
public final class TaskListBenchmark {

    private static final String CENTRE = "NX-LINGHU-FISHERY";
    private static final int BATCH = 5000;
    private static final int CLAIMED = 300;
    /** Open cases registered for real; the rest are {@link GeneratedOpenCases}. */
    private static final int REAL = 200;

    private TaskListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // exec:exec hands -Dbenchmark.args over as one argument.
        args = args.length == 1 ? args[0].trim().split("\\s+") : args;
        String server = args.length > 0 ? args[0] : "jdbc:mysql://127.0.0.1:3306";
        int closed = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int open = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int sweepRounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        String database = args.length > 5 ? args[5] : "bench_tasks";
        try (var connection = DriverManager.getConnection(server + "/", "root", "")) {
            connection.createStatement().execute("CREATE DATABASE IF NOT EXISTS " + database + " "
                    + "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MediationDeskApplication.class)
                .profiles("mysql").run("--server.port=0", "--spring.datasource.url=" + server + "/" + database,
                        "--spring.datasource.username=root", "--spring.datasource.password=",
                        "--mediationdesk.security.bcrypt-strength=10", "--mediationdesk.escalation.sweep=PT24H",
                        "--mediationdesk.tasks.read-model.rebuild-on-start=NEVER",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t = System.nanoTime();
            int inserted = insertClosed(jdbc, closed);
            System.out.printf("closed cases: %,d (%,d inserted in %.0f s)%n", closed, inserted, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            int registered = registerOpen(app, jdbc, Math.min(REAL, open));
            System.out.printf("real registrations: %,d (%,d registered in %.0f s)%n", Math.min(REAL, open), registered,
                    (System.nanoTime() - t) / 1e9);
            GeneratedOpenCases generated = new GeneratedOpenCases(app, jdbc.queryForObject("SELECT MIN(id) FROM dispute_case"
                    + " WHERE status = 'AWAITING_ACCEPTANCE' AND centre_code = ? AND case_number NOT LIKE 'BENCH-%'",
                    Long.class, CENTRE));
            int have = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number LIKE ?", Integer.class,
                    generated.numberPattern());
            int wanted = Math.max(0, open - Math.min(REAL, open));
            t = System.nanoTime();
            generated.generate(have, wanted);
            System.out.printf("generated open cases: %,d (%,d generated in %.0f s)%n", wanted, Math.max(0, wanted - have),
                    (System.nanoTime() - t) / 1e9);
            claim(app.getBean(TaskService.class));
            t = System.nanoTime();
            int indexed = indexPartyNames(jdbc);
            System.out.printf("party names indexed for the case search: %,d cases (%.0f s)%n", indexed,
                    (System.nanoTime() - t) / 1e9);
            rebuildReadModel(app, jdbc);
            new GeneratedCaseCheck(app, generated).verify();
            measure(app, samples, generated);
            if (sweepRounds > 0) {
                sweeps(app, sweepRounds);
            }
        }
    }

    /**
     * The read model rebuilt from the engine when it does not hold every open task (on the first run of this
     * version, or after tasks were opened without it): the time is the rebuild command's.
     */
    private static void rebuildReadModel(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        long open = app.getBean(TaskService.class).createTaskQuery().count();
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM task_list", Long.class);
        if (rows == open) {
            System.out.printf("task read model: %,d rows for %,d open tasks, not rebuilt%n", rows, open);
            return;
        }
        long t = System.nanoTime();
        TaskReadModel.Rebuilt rebuilt = app.getBean(TaskReadModel.class).rebuild();
        System.out.printf("task read model rebuilt from the engine: %s in %.0f s%n", rebuilt, (System.nanoTime() - t) / 1e9);
    }

    /** The search terms of the parties' names of generated cases, which are copied without them. */
    private static int indexPartyNames(JdbcTemplate jdbc) {
        List<Map<String, Object>> parties = jdbc.queryForList("SELECT p.case_id, p.name FROM case_party p"
                + " WHERE NOT EXISTS (SELECT 1 FROM case_search_term s WHERE s.field = 'P' AND s.case_id = p.case_id)");
        Map<Long, java.util.Set<String>> terms = new LinkedHashMap<>();
        for (Map<String, Object> party : parties) {
            terms.computeIfAbsent(((Number) party.get("case_id")).longValue(), id -> new java.util.LinkedHashSet<>())
                    .addAll(SearchTerms.ofStoredText((String) party.get("name")));
        }
        List<Object[]> rows = new ArrayList<>();
        terms.forEach((caseId, caseTerms) -> caseTerms.forEach(term -> rows.add(new Object[] {term, caseId})));
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("INSERT INTO case_search_term (field, term, case_id) VALUES ('P', ?, ?)",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return terms.size();
    }

    /** The first sweep takes the actions due; then the case-by-case and batched sweeps alternate, taking none. */
    private static void sweeps(ConfigurableApplicationContext app, int rounds) {
        CaseEscalation escalation = app.getBean(CaseEscalation.class);
        long t = System.nanoTime();
        int actions = escalation.sweepOnce();
        System.out.printf("first escalation sweep over the open cases: %.1f s (%d actions)%n", (System.nanoTime() - t) / 1e9,
                actions);
        List<Double> caseByCase = new ArrayList<>();
        List<Double> batched = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            t = System.nanoTime();
            int old = EscalationPaths.sweepCaseByCase(escalation);
            caseByCase.add((System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            int now = escalation.sweepOnce();
            batched.add((System.nanoTime() - t) / 1e9);
            System.out.printf("sweep round %d: case by case %.1f s (%d actions), batched %.1f s (%d actions)%n", round + 1,
                    caseByCase.get(round), old, batched.get(round), now);
        }
        double oldMedian = median(caseByCase);
        double newMedian = median(batched);
        System.out.printf("sweep median: case by case %.1f s, batched %.1f s, ratio %.2f×%n", oldMedian, newMedian,
                oldMedian / newMedian);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void measure(ConfigurableApplicationContext app, int samples, GeneratedOpenCases generated) {
        TaskListing listing = app.getBean(TaskListing.class);
        TaskService taskService = app.getBean(TaskService.class);
        UserDetailsService users = app.getBean(UserDetailsService.class);
        AppUser mediator = (AppUser) users.loadUserByUsername("linghu.mediator");
        AppUser countyManager = (AppUser) users.loadUserByUsername("nanxun.manager");
        List<String> countyGroups = new ArrayList<>();
        for (String centre : app.getBean(CentreScope.class).visibleCentres(countyManager)) {
            countyGroups.add(centre);
            countyGroups.add(ProcessVariables.managersOf(centre));
        }
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();

        Map<String, Runnable> queries = new LinkedHashMap<>();
        queries.put("my tasks (app)", () -> listing.list(mediator, TaskListing.Scope.MINE, 0, 20, true));
        queries.put("my tasks (TaskService)", () -> page(taskService.createTaskQuery()
                .processDefinitionKey(Workflow.PROCESS_KEY).taskAssignee(mediator.username()), 0, true));
        queries.put("centre queue (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20, true));
        queries.put("centre queue (TaskService)", () -> page(taskService.createTaskQuery()
                .processDefinitionKey(Workflow.PROCESS_KEY).taskCandidateGroupIn(List.of(CENTRE))
                .taskUnassigned(), 0, true));
        queries.put("county queue, latest, page 50 (app)",
                () -> listing.list(countyManager, TaskListing.Scope.CENTRE, 50, 20, false));
        queries.put("county queue, latest, page 50 (TaskService)", () -> page(taskService.createTaskQuery()
                .processDefinitionKey(Workflow.PROCESS_KEY).taskCandidateGroupIn(countyGroups)
                .taskUnassigned(), 50, false));
        filtered(queries, listing, taskService, mediator, app.getBean(CaseQueries.class), generated);
        String basic = "Basic " + Base64.getEncoder().encodeToString("linghu.mediator:demo".getBytes(StandardCharsets.UTF_8));
        queries.put("centre queue over HTTP (Basic, BCrypt 10)", () -> {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/tasks?scope=CENTRE")).header("Authorization", basic).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, Histogram> latencies = new LinkedHashMap<>();
        queries.keySet().forEach(name -> latencies.put(name, new Histogram(3)));
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            queries.values().forEach(Runnable::run);
        }
        for (int i = 0; i < samples; i++) {
            for (var query : queries.entrySet()) {
                long t = System.nanoTime();
                query.getValue().run();
                latencies.get(query.getKey()).recordValue((System.nanoTime() - t) / 1000);
            }
        }
        System.out.printf("%-56s %9s %9s%n", "query (page of 20, count included)", "p50 ms", "p95 ms");
        latencies.forEach((name, histogram) -> System.out.printf("%-56s %9.2f %9.2f%n", name,
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0));
        for (String name : latencies.keySet()) {
            if (name.endsWith(" (app)") && latencies.containsKey(name.replace(" (app)", " (TaskService)"))) {
                ratio(latencies, name.substring(0, name.length() - " (app)".length()));
            }
        }
    }

    /**
     * The centre queue filtered by text (a case number; a party's full name, about 40 cases; a
     * surname, about 2,000) and by colour (rows filtered in memory over at most 2,000 tasks). Camunda
     * knows case numbers as business keys; for party names its query gets the same process
     * instances as a list; colours it cannot express, so the colour row has no counterpart.
     */
    private static void filtered(Map<String, Runnable> queries, TaskListing listing, TaskService taskService,
                                 AppUser mediator, CaseQueries caseQueries, GeneratedOpenCases generated) {
        String number = generated.number(4321);
        queries.put("centre queue, q = a case number (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20,
                true, new TaskFilter(null, null, null, false, number)));
        queries.put("centre queue, q = a case number (TaskService)", () -> page(centreQueue(taskService)
                .processInstanceBusinessKeyLike("%" + number + "%"), 0, true));
        for (var text : Map.of("a party's full name", GeneratedOpenCases.name(1234), "a surname",
                GeneratedOpenCases.SURNAMES[4]).entrySet()) {
            String[] processes = caseQueries.openProcessInstances(List.of(CENTRE), null, text.getValue())
                    .toArray(String[]::new);
            System.out.printf("q = %s (%s): %,d open cases%n", text.getKey(), text.getValue(), processes.length);
            queries.put("centre queue, q = " + text.getKey() + " (app)", () -> listing.list(mediator,
                    TaskListing.Scope.CENTRE, 0, 20, true, new TaskFilter(null, null, null, false, text.getValue())));
            queries.put("centre queue, q = " + text.getKey() + " (TaskService)", () -> page(centreQueue(taskService)
                    .processInstanceIdIn(processes), 0, true));
        }
        queries.put("centre queue, latest, page 50 (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 50, 20,
                false));
        queries.put("centre queue, latest, page 50 (TaskService)", () -> page(centreQueue(taskService), 50, false));
        queries.put("centre queue, stage = acceptCase (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20,
                true, new TaskFilter("acceptCase", null, null, false, null)));
        queries.put("centre queue, stage = acceptCase (TaskService)", () -> page(centreQueue(taskService)
                .taskDefinitionKey("acceptCase"), 0, true));
        queries.put("centre queue, overdue (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20, true,
                new TaskFilter(null, null, null, true, null)));
        queries.put("centre queue, overdue (TaskService)", () -> page(centreQueue(taskService)
                .dueBefore(new java.util.Date()), 0, true));
        queries.put("centre queue, type = FISHERY (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20,
                true, new TaskFilter(null, "FISHERY", null, false, null)));
        queries.put("centre queue, type = LABOUR, none (app)", () -> listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20,
                true, new TaskFilter(null, "LABOUR", null, false, null)));
        for (WarningColour colour : WarningColour.values()) {
            TaskPage found = listing.list(mediator, TaskListing.Scope.CENTRE, 0, 20, true,
                    new TaskFilter(null, null, colour, false, null));
            System.out.printf("colour = %s: %s%,d tasks%n", colour, found.more() ? "more than " : "", found.total());
            queries.put("centre queue, colour = " + colour + " (app)", () -> listing.list(mediator,
                    TaskListing.Scope.CENTRE, 0, 20, true, new TaskFilter(null, null, colour, false, null)));
        }
    }

    private static TaskQuery centreQueue(TaskService taskService) {
        return taskService.createTaskQuery().processDefinitionKey(Workflow.PROCESS_KEY)
                .taskCandidateGroupIn(List.of(CENTRE)).taskUnassigned();
    }

    private static void ratio(Map<String, Histogram> latencies, String query) {
        Histogram app = latencies.get(query + " (app)");
        Histogram bare = latencies.get(query + " (TaskService)");
        System.out.printf("%s: app/TaskService p50 %.2f×, p95 %.2f×%n", query,
                app.getValueAtPercentile(50) / (double) bare.getValueAtPercentile(50),
                app.getValueAtPercentile(95) / (double) bare.getValueAtPercentile(95));
    }

    private static List<Task> page(TaskQuery query, int page, boolean dueFirst) {
        query.count();
        query.orderByDueDate();
        (dueFirst ? query.asc() : query.desc()).orderByTaskCreateTime().asc();
        return query.listPage(page * 20, 20);
    }

    private static int insertClosed(JdbcTemplate jdbc, int wanted) {
        int existing = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number LIKE 'BENCH-%'",
                Integer.class);
        LocalDateTime base = LocalDateTime.of(2024, 1, 1, 8, 0);
        for (int from = existing; from < wanted; from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(wanted, from + BATCH); i++) {
                LocalDateTime registered = base.plusMinutes(i);
                rows.add(new Object[] {"BENCH-" + i, "FISHERY", "WALK_IN", "330503", "330503105",
                        "鱼塘承包纠纷第" + i + "号，双方就排水与赔偿发生争议", registered.toLocalDate(), 2, "CLOSED", CENTRE,
                        "bench-" + Integer.toHexString(i) + "-closed-process", "clerk", registered, "RESOLVED",
                        registered.plusDays(20), 30 + i % 100, 20_000 + i % 5000});
            }
            jdbc.batchUpdate("INSERT INTO dispute_case (case_number, dispute_type_code, source, county_code, township_code,"
                    + " description, occurred_on, people_involved, status, centre_code, process_instance_id,"
                    + " registered_by, registered_at, closure_type, closed_at, minutes_to_acceptance, minutes_to_outcome)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        return Math.max(0, wanted - existing);
    }

    private static int registerOpen(ConfigurableApplicationContext app, JdbcTemplate jdbc, int wanted)
            throws Exception {
        int missing = wanted - jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE status = 'AWAITING_ACCEPTANCE'"
                + " AND centre_code = ? AND case_number NOT LIKE ?", Integer.class, CENTRE,
                "%-" + GeneratedOpenCases.NUMBER_BLOCK + "_____");
        CaseRegistrationService registration = app.getBean(CaseRegistrationService.class);
        AppUser clerk = (AppUser) app.getBean(UserDetailsService.class).loadUserByUsername("clerk");
        RegisterCaseRequest request = new ObjectMapper().findAndRegisterModules()
                .readValue(Disputes.fisheryDisputeInLinghu().put("occurredOn", BusinessTime.today().minusDays(3).toString())
                        .toString(), RegisterCaseRequest.class);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < missing) {
                    registration.register(request, null, clerk);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return Math.max(0, missing);
    }

    private static void claim(TaskService taskService) {
        long claimed = taskService.createTaskQuery().taskAssignee("linghu.mediator").count();
        for (Task task : centreQueue(taskService).listPage(0, (int) Math.max(0, CLAIMED - claimed))) {
            taskService.claim(task.getId(), "linghu.mediator");
        }
    }
}
