package org.mediationdesk.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.CaseEscalation;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.AppNode;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.BrowserSession;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.HttpClients;
import org.mediationdesk.support.SampleFiles;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one MySQL/MariaDB database, as behind a load balancer: cases registered on
 * both are all there once; every deadline timer and escalation fires exactly once though both nodes
 * run a job executor and an escalation sweep; a task claimed on one node leaves the other's queue;
 * a browser signed in on one node is signed in on the other; an import's error workbook downloads
 * from the other node and expires on both; a file attached to a case on one node downloads from the other.
 * Run by {@code mvn verify -Pmysql,cluster}.
 */
class TwoNodeClusterIT {

    /** Both nodes sweep every second and look for due jobs at least every two seconds. */
    private static final String[] FAST_SCHEDULES = {"mediationdesk.escalation.sweep=PT1S",
            "mediationdesk.imports.error-workbook-sweep=PT1S",
            "camunda.bpm.job-execution.wait-time-in-millis=500", "camunda.bpm.job-execution.max-wait=2000"};
    private static final int CASES_PER_CLIENT = 5;

    static AppNode nodeA;
    static AppNode nodeB;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodes() {
        // One after the other: the first loads the demo data into the empty database.
        nodeA = AppNode.start("node-a", FAST_SCHEDULES);
        nodeB = AppNode.start("node-b", FAST_SCHEDULES);
        jdbc = nodeA.bean(JdbcTemplate.class);
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void casesRegisteredOnBothNodesAreEachStoredOnceAndARetriedKeyGivesTheSameCaseOnEitherNode() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<List<String>>> batches = new ArrayList<>();
        for (AppNode node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            batches.add(clients.submit(() -> register(node, CASES_PER_CLIENT)));
        }
        String key = "cluster-retry-" + System.nanoTime();
        Callable<ResponseEntity<JsonNode>> onA = () -> registerWithKey(nodeA, key);
        Callable<ResponseEntity<JsonNode>> onB = () -> registerWithKey(nodeB, key);
        Future<ResponseEntity<JsonNode>> first = clients.submit(onA);
        Future<ResponseEntity<JsonNode>> retry = clients.submit(onB);
        List<String> caseNumbers = new ArrayList<>();
        for (Future<List<String>> batch : batches) {
            caseNumbers.addAll(batch.get());
        }
        clients.shutdown();

        assertThat(caseNumbers).hasSize(4 * CASES_PER_CLIENT).doesNotHaveDuplicates();
        for (String caseNumber : caseNumbers) {
            assertThat(count("SELECT COUNT(*) FROM dispute_case WHERE case_number = ?", caseNumber)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", caseNumber)).isEqualTo(1);
        }
        String firstCase = first.get().getBody().get("caseNumber").asText();
        assertThat(retry.get().getBody().get("caseNumber").asText()).isEqualTo(firstCase);
        assertThat(count("SELECT COUNT(*) FROM registration_key WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void everyOverdueTimerAndEscalationFiresExactlyOnceWithBothNodesRunning() throws Exception {
        List<String> caseNumbers = new ArrayList<>(register(nodeA, CASES_PER_CLIENT));
        caseNumbers.addAll(register(nodeB, CASES_PER_CLIENT));

        LocalDateTime now = BusinessTime.now();
        for (String caseNumber : caseNumbers) {
            // Started two weeks ago, acceptance due eight days ago: overdue at a sub-centre.
            jdbc.update("UPDATE dispute_case SET clock_started_at = ?, acceptance_due = ? WHERE case_number = ?",
                    now.minusDays(14), now.minusDays(8), caseNumber);
            jdbc.update("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE PROCESS_INSTANCE_ID_ = ("
                    + "SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?)", now.minusMinutes(1), caseNumber);
        }

        awaitUntil(Duration.ofMinutes(3), () -> caseNumbers.stream().allMatch(this::fullyEscalated));
        racingSweepsOnBothNodes();

        for (String caseNumber : caseNumbers) {
            assertThat(events(caseNumber, "OVERDUE")).as("overdue events of %s", caseNumber).isEqualTo(1);
            assertThat(historicActivities(caseNumber, "acceptanceDeadlinePassed")).isEqualTo(1);
            assertThat(historicActivities(caseNumber, "superviseCase")).as("the centre's round and the county's")
                    .isEqualTo(2);
            assertThat(escalations(caseNumber)).containsExactlyInAnyOrder("REMIND_MEDIATOR", "ESCALATE_TO_COUNTY");
            assertThat(events(caseNumber, "DEADLINE_WARNED")).isEqualTo(1);
            assertThat(events(caseNumber, "ESCALATED")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM case_supervision s JOIN dispute_case c ON c.id = s.case_id"
                    + " WHERE c.case_number = ? AND s.level = 'COUNTY'", caseNumber)).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("failed jobs").isZero();
    }

    @Test
    void taskClaimedOnOneNodeIsGoneFromTheOtherNodesQueue() {
        String caseNumber = register(nodeA, 1).get(0);
        assertThat(centreQueue(nodeB, caseNumber)).contains(caseNumber);
        String taskId = jdbc.queryForObject("SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_HI_PROCINST p "
                + "ON p.PROC_INST_ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'acceptCase'",
                String.class, caseNumber);

        assertThat(nodeA.as("linghu.mediator").postJson("/api/tasks/" + taskId + "/claim", "").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(centreQueue(nodeB, caseNumber)).doesNotContain(caseNumber);
        assertThat(nodeB.as("linghu.mediator2").postJson("/api/tasks/" + taskId + "/claim", "").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void browserSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
        BrowserSession onA = BrowserSession.signedIn(nodeA.port(), "clerk");

        var onB = onA.at(nodeB.port()).get("/");

        assertThat(onB.statusCode()).as("signed-in page on the other node (a redirect means the sign-in page)")
                .isEqualTo(200);
    }

    @Test
    void fileAttachedOnOneNodeDownloadsByteForByteFromTheOther() {
        var registered = nodeA.as("clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());
        String caseNumber = registered.getBody().get("caseNumber").asText();
        byte[] scan = SampleFiles.largePdf(3, 4321);

        var added = AttachmentUploads.as(rootedAt(nodeA), "linghu.mediator").upload(caseNumber, "扫描件.pdf", scan, "EVIDENCE");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<byte[]> onB = AttachmentUploads.as(rootedAt(nodeB), "linghu.mediator")
                .download(caseNumber, added.getBody().get("id").asLong());

        assertThat(onB.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(SampleFiles.sha256(onB.getBody())).isEqualTo(SampleFiles.sha256(scan));
    }

    @Test
    void errorWorkbookOfAnImportOnOneNodeDownloadsCellByCellFromTheOtherAndExpiresOnBoth() throws Exception {
        String run = "#" + System.nanoTime();
        List<List<String>> rejectedRows = List.of(
                importRow("不存在镇", "乡镇写错的纠纷" + run, "5000"),
                importRow("菱湖镇", "金额为负的纠纷" + run, "-100"));
        List<List<String>> rows = new ArrayList<>(rejectedRows);
        rows.add(1, importRow("菱湖镇", "鱼塘排水纠纷" + run, "35000"));

        JsonNode result = importOn(nodeA, rows);
        ResponseEntity<byte[]> onB = rest(nodeB, "clerk").getForEntity(result.get("errorWorkbook").asText(), byte[].class);

        assertThat(result.get("registered").asInt()).isEqualTo(1);
        assertThat(onB.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(onB.getBody()))) {
            Sheet sheet = errors.getSheet("纠纷登记");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int r = 0; r < rejectedRows.size(); r++) {
                for (int c = 0; c < rejectedRows.get(r).size(); c++) {
                    assertThat(text(sheet.getRow(2 + r).getCell(c))).as("row %d, column %d", r + 3, c + 1)
                            .isEqualTo(rejectedRows.get(r).get(c));
                }
            }
            assertThat(text(sheet.getRow(2).getCell(17))).startsWith("第3行：乡镇（街道）：");
            assertThat(text(sheet.getRow(3).getCell(17))).startsWith("第5行：争议金额（元）：");
        }
        assertThat(rest(nodeB, "nanxun.manager").getForEntity(result.get("errorWorkbook").asText(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String id = result.get("errorWorkbookId").asText();
        jdbc.update("UPDATE import_error_workbook SET expires_at = ? WHERE id = ?", BusinessTime.now().minusSeconds(1), id);
        assertThat(rest(nodeB, "clerk").getForEntity(result.get("errorWorkbook").asText(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        awaitUntil(Duration.ofSeconds(30), () -> count("SELECT COUNT(*) FROM import_error_workbook WHERE id = ?", id) == 0);
    }

    private static List<String> importRow(String township, String description, String amount) {
        return List.of("渔业", "当事人申请", "南浔区", township, "", description, "2026-11-20", "2", amount,
                "沈建国", "个人", "330503197203150012", "13857201234", "钱小明", "个人", "", "");
    }

    /** Uploads the rows, every cell as text, in the template of that node. */
    private static JsonNode importOn(AppNode node, List<List<String>> rows) throws IOException {
        byte[] template = rest(node, "clerk").getForObject("/api/imports/template.xlsx", byte[].class);
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("纠纷登记");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(filled);
        }
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(filled.toByteArray()) {
            @Override
            public String getFilename() {
                return "纠纷.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var response = rest(node, "clerk").postForEntity("/api/imports", new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        // The job runs in the background, on whichever node claims it; the uploader follows it to its end.
        String job = response.getHeaders().getLocation().toString();
        JsonNode[] finished = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            finished[0] = rest(node, "clerk").getForObject(job, JsonNode.class);
            return finished[0].get("state").asText().matches("DONE|INTERRUPTED");
        });
        assertThat(finished[0].get("state").asText()).isEqualTo("DONE");
        return finished[0];
    }

    private static TestRestTemplate rootedAt(AppNode node) {
        return new TestRestTemplate(HttpClients.to("http://localhost:" + node.port()));
    }

    private static TestRestTemplate rest(AppNode node, String username) {
        return new TestRestTemplate(HttpClients.to("http://localhost:" + node.port()))
                .withBasicAuth(username, ApiClient.DEMO_PASSWORD);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    private List<String> centreQueue(AppNode node, String caseNumber) {
        return node.as("linghu.mediator2").get("/api/tasks?scope=CENTRE&q=" + caseNumber).getBody().get("items")
                .findValuesAsText("caseNumber");
    }

    private boolean fullyEscalated(String caseNumber) {
        return events(caseNumber, "OVERDUE") >= 1 && escalations(caseNumber).size() >= 2
                && historicActivities(caseNumber, "superviseCase") >= 2;
    }

    /** After everything is due, both nodes sweep at the same moment, twice: nothing more may happen. */
    private void racingSweepsOnBothNodes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 2; round++) {
            Future<Integer> a = pool.submit(() -> nodeA.bean(CaseEscalation.class).sweepOnce());
            Future<Integer> b = pool.submit(() -> nodeB.bean(CaseEscalation.class).sweepOnce());
            assertThat(a.get() + b.get()).as("actions taken by a later sweep").isZero();
        }
        pool.shutdown();
    }

    private static List<String> register(AppNode node, int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var response = node.as("clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString());
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            numbers.add(response.getBody().get("caseNumber").asText());
        }
        return numbers;
    }

    private static ResponseEntity<JsonNode> registerWithKey(AppNode node, String key) {
        var response = node.as("clerk").postJson("/api/cases", Disputes.fisheryDisputeInLinghu().toString(),
                Map.of("Idempotency-Key", key));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response;
    }

    private long events(String caseNumber, String type) {
        return count("SELECT COUNT(*) FROM case_event e JOIN dispute_case c ON c.id = e.case_id "
                + "WHERE c.case_number = ? AND e.event_type = ?", caseNumber, type);
    }

    private long historicActivities(String caseNumber, String activityId) {
        return count("SELECT COUNT(*) FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = a.PROC_INST_ID_ "
                + "WHERE p.BUSINESS_KEY_ = ? AND a.ACT_ID_ = ?", caseNumber, activityId);
    }

    private List<String> escalations(String caseNumber) {
        return jdbc.queryForList("SELECT e.action FROM case_escalation e JOIN dispute_case c ON c.id = e.case_id "
                + "WHERE c.case_number = ?", String.class, caseNumber);
    }

    private static long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private static void awaitUntil(Duration limit, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
