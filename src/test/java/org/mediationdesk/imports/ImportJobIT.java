package org.mediationdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.nullable;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/**
 * Import jobs: odd cells are row errors (never a failure of the file), numbers in text columns are
 * read as Excel shows them, and a job whose node stopped is resumed by another node after its last
 * committed row, or ends interrupted once its nodes gave up on it too often.
 *
 * <p>The two tests that insert a job row as a stopped node would leave it run on H2 only: on the MariaDB
 * database the whole suite shares, every application context it has cached runs an import poller of its
 * own and takes such a row first (seen in CI: the job stays RUNNING under another context's claim). Two
 * real nodes on one MariaDB database are TwoNodeClusterIT's.
 */
@ApplicationTest
class ImportJobIT {

    private static final int TOWNSHIP = 3;
    private static final int DESCRIPTION = 5;
    private static final int OCCURRED_ON = 6;
    private static final int PEOPLE = 7;
    private static final int AMOUNT = 8;
    private static final int APPLICANT_ID = 11;
    private static final int APPLICANT_PHONE = 12;
    private static final int PROBLEMS = 17;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    ImportJobRunner runner;
    @Autowired
    ImportJobMapper jobs;
    @Autowired
    RowReader reader;
    @Autowired
    Validator validator;
    @Autowired
    CaseRegistrationService registration;
    @Autowired
    ErrorWorkbookWriter errorWriter;
    @Autowired
    ErrorWorkbooks errorWorkbooks;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MessageSource messages;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @Test
    void oddCellsAreRowErrorsAndFormulasGiveTheirSavedResults() throws IOException {
        String run = "#" + System.nanoTime();
        byte[] upload = workbook(List.of(
                good("负数日期" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == OCCURRED_ON) {
                        cell.setCellValue(-1);
                        cell.setCellStyle(styles.date);
                    }
                }),
                good("金额不是数" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == AMOUNT) {
                        cell.setCellValue(Double.NaN);
                    }
                }),
                good("二月三十日" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == OCCURRED_ON) {
                        cell.setCellValue("2026-02-30");
                    }
                }),
                good("公式无结果" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == TOWNSHIP) {
                        // A blank cell first: a formula set on a text cell keeps that text as its result.
                        cell.setBlank();
                        cell.setCellFormula("\"菱湖\"&\"镇\"");
                    }
                }),
                good("公式出错" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == AMOUNT) {
                        cell.setCellErrorValue(FormulaError.DIV0.getCode());
                    }
                }),
                good("证件号成了数字" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == APPLICANT_ID) {
                        cell.setCellValue(330503197203150012d);
                    }
                }),
                good("公式与数字电话" + run, (cell, styles) -> {
                    if (cell.getColumnIndex() == PEOPLE) {
                        cell.setCellFormula("1+2");
                    } else if (cell.getColumnIndex() == APPLICANT_PHONE) {
                        cell.setCellValue(13857201234d);
                    } else if (cell.getColumnIndex() == TOWNSHIP) {
                        cell.setCellFormula("\"菱湖\"&\"镇\"");
                    }
                })), true);

        JsonNode job = importFile("odd.xlsx", upload);

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        var imported = jdbc.queryForMap("SELECT c.people_involved, c.township_code, p.phone FROM dispute_case c "
                + "JOIN case_party p ON p.case_id = c.id AND p.role = 'APPLICANT' WHERE c.description = ?", "公式与数字电话" + run);
        assertThat(((Number) imported.get("people_involved")).intValue()).isEqualTo(3);
        assertThat(cipher.open((String) imported.get("phone"))).isEqualTo("13857201234");
        try (XSSFWorkbook errors = download(job.get("errorWorkbook").asText())) {
            Sheet sheet = errors.getSheet("纠纷登记");
            assertThat(problems(sheet, 2)).startsWith("第3行：发生日期：").contains("“-1”不是日期");
            // POI writes NaN as the error #NUM!, as Excel would show it
            assertThat(problems(sheet, 3)).startsWith("第4行：争议金额（元）：单元格是公式错误“#NUM!”");
            assertThat(problems(sheet, 4)).isEqualTo("第5行：发生日期：“2026-02-30”不是日期，请写成 2026-11-01");
            assertThat(problems(sheet, 5)).startsWith("第6行：乡镇（街道）：公式没有保存计算结果");
            assertThat(problems(sheet, 6)).startsWith("第7行：争议金额（元）：单元格是公式错误“#DIV/0!”");
            assertThat(problems(sheet, 7)).startsWith("第8行：申请人证件号：证件号被 Excel 存成了数字（显示为“3.30503E+17”");
            assertThat(sheet.getRow(7).getCell(APPLICANT_ID).getStringCellValue()).isEqualTo("3.30503E+17");
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
        assertThat(job.get("registered").asInt()).isEqualTo(1);
        assertThat(job.get("refused").asInt()).isEqualTo(6);

    }

    @Test
    void aJobWhoseNodeStoppedIsResumedAfterItsLastCommittedRow() throws IOException {
        assumeTrue(onlyThisContextPolls(), "other cached contexts poll the shared MariaDB database");
        String run = "#" + System.nanoTime();
        byte[] upload = workbook(List.of(good("已由停掉的节点登记一" + run, none()), good("已由停掉的节点登记二" + run, none()),
                good("续上的一" + run, none()), good("续上的二" + run, none())), false);
        String id = insertJob("RUNNING", "node-that-stopped", 1, 4, 2, upload);

        runner.pollNow();
        JsonNode job = ImportJobs.finished(ApiClient.as(rest, "clerk"), "/api/imports/jobs/" + id);

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(job.get("registered").asInt()).isEqualTo(4);
        assertThat(cases("续上的一" + run)).isOne();
        assertThat(cases("续上的二" + run)).isOne();
        assertThat(cases("已由停掉的节点登记一" + run)).as("rows before the last committed one are not read again").isZero();
        var stored = jdbc.queryForMap("SELECT attempts, claimed_by, upload FROM import_job WHERE id = ?", id);
        assertThat(((Number) stored.get("attempts")).intValue()).isEqualTo(2);
        assertThat(stored.get("claimed_by")).isNull();
        assertThat(stored.get("upload")).as("the upload is dropped when the job ends").isNull();
    }

    @Test
    void aJobItsNodesGaveUpOnTooOftenEndsInterruptedAndKeepsItsRegisteredRows() throws IOException {
        assumeTrue(onlyThisContextPolls(), "other cached contexts poll the shared MariaDB database");
        String run = "#" + System.nanoTime();
        byte[] upload = workbook(List.of(good("中断的一" + run, none()), good("中断的二" + run, none())), false);
        String id = insertJob("RUNNING", "node-that-stopped", 3, 3, 1, upload);

        runner.pollNow();

        JsonNode job = ApiClient.as(rest, "clerk").get("/api/imports/jobs/" + id).getBody();
        assertThat(job.get("state").asText()).isEqualTo("INTERRUPTED");
        assertThat(job.get("rowsRead").asInt()).isEqualTo(1);
        assertThat(job.has("errorWorkbook")).isFalse();
        assertThat(cases("中断的二" + run)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job WHERE id = ? AND upload IS NULL", Long.class, id))
                .isOne();
    }

    @Test
    void aRowChosenAsADeadlocksVictimIsRegisteredOnTheNextTryAndTheJobGoesOn() throws IOException {
        assumeTrue(onlyThisContextPolls(), "other cached contexts poll the shared MariaDB database");
        String run = "#" + System.nanoTime();
        byte[] upload = workbook(List.of(good("死锁后重试的" + run, none()), good("其后的" + run, none())), false);
        String id = insertJob("RUNNING", "deadlocked-node", 1, 0, 0, upload);
        jdbc.update("UPDATE import_job SET heartbeat_at = ? WHERE id = ?", Timestamp.valueOf(BusinessTime.now()), id);
        CaseRegistrationService deadlockedOnce = mock(CaseRegistrationService.class);
        doThrow(new DeadlockLoserDataAccessException("Deadlock found when trying to get lock", null))
                .doAnswer(call -> registration.register(call.getArgument(0), call.<String>getArgument(1), call.getArgument(2)))
                .when(deadlockedOnce).register(any(RegisterCaseRequest.class), nullable(String.class), any(AppUser.class));
        var parts = new ImportJobRun.Factory(jobs, reader, validator, deadlockedOnce, errorWriter, errorWorkbooks, users,
                transaction, messages, json, clock);

        parts.create(jobs.findJob(id).orElseThrow(), "deadlocked-node").run();

        JsonNode job = ApiClient.as(rest, "clerk").get("/api/imports/jobs/" + id).getBody();
        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("registered").asInt()).isEqualTo(2);
        assertThat(cases("死锁后重试的" + run)).isOne();
        assertThat(cases("其后的" + run)).isOne();
    }

    @Test
    void aWaitingJobIsTakenByTheFirstFreeNodeAndRunsOnce() throws IOException {
        String run = "#" + System.nanoTime();
        byte[] upload = workbook(List.of(good("排队的" + run, none())), false);
        String id = insertJob("QUEUED", null, 0, 0, 0, upload);

        runner.pollNow();
        runner.pollNow();
        JsonNode job = ImportJobs.finished(ApiClient.as(rest, "clerk"), "/api/imports/jobs/" + id);

        assertThat(job.get("registered").asInt()).isOne();
        assertThat(cases("排队的" + run)).isOne();
        assertThat(jdbc.queryForObject("SELECT attempts FROM import_job WHERE id = ?", Integer.class, id)).isOne();
    }

    /** A job row as a node would have left it: {@code lastRow} committed, heartbeat ten minutes old. */
    private String insertJob(String state, String node, int attempts, int lastRow, int rowsRead, byte[] upload) {
        String id = UUID.randomUUID().toString();
        Timestamp tenMinutesAgo = Timestamp.valueOf(BusinessTime.now().minusMinutes(10));
        jdbc.update("INSERT INTO import_job (id, uploaded_by, filename, locale, state, claimed_by, attempts, rows_total, "
                + "rows_read, last_row, rows_registered, rows_already, rows_refused, created_at, heartbeat_at, upload) "
                + "VALUES (?, 'clerk', 'resume.xlsx', 'zh-CN', ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
                id, state, node, attempts, 4, rowsRead, lastRow, rowsRead, tenMinutesAgo, tenMinutesAgo, upload);
        return id;
    }

    private long cases(String description) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE description = ?", Long.class, description);
    }

    private static String problems(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(PROBLEMS).getStringCellValue();
    }

    private static BiConsumer<Cell, Styles> none() {
        return (cell, styles) -> {
        };
    }

    /** A good row of a fishery dispute in 菱湖镇, then changed cell by cell by {@code change}. */
    private static RowSpec good(String description, BiConsumer<Cell, Styles> change) {
        return new RowSpec(description, change);
    }

    private record RowSpec(String description, BiConsumer<Cell, Styles> change) {
    }

    private record Styles(CellStyle date) {
    }

    private byte[] workbook(List<RowSpec> rows, boolean evaluateFormulas) throws IOException {
        var response = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD).getForEntity("/api/imports/template.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheet("纠纷登记");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Styles styles = new Styles(date);
            List<Cell> formulasToEvaluate = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(2 + r);
                List<String> values = List.of("渔业", "当事人申请", "南浔区", "菱湖镇", "", rows.get(r).description(), "DATE",
                        "2", "", "沈建国", "个人", "330503197203150012", "", "钱小明", "个人", "", "");
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (values.get(c).equals("DATE")) {
                        cell.setCellValue(BusinessTime.today().minusDays(3));
                        cell.setCellStyle(date);
                    } else if (c == PEOPLE) {
                        cell.setCellValue(2);
                    } else if (!values.get(c).isEmpty()) {
                        cell.setCellValue(values.get(c));
                    }
                    rows.get(r).change().accept(cell, styles);
                    if (cell.getCellType() == CellType.FORMULA
                            && (evaluateFormulas && !rows.get(r).description().startsWith("公式无结果"))) {
                        formulasToEvaluate.add(cell);
                    }
                }
            }
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            formulasToEvaluate.forEach(evaluator::evaluateFormulaCell);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private JsonNode importFile(String filename, byte[] content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> response = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD)
                .exchange("/api/imports", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return ImportJobs.finished(ApiClient.as(rest, "clerk"), response.getHeaders().getLocation().toString());
    }

    private XSSFWorkbook download(String link) throws IOException {
        var response = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD).getForEntity(link, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new XSSFWorkbook(new ByteArrayInputStream(response.getBody()));
    }

    private boolean onlyThisContextPolls() {
        return jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName())
                .equals("H2");
    }
}
