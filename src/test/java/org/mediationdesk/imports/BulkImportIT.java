package org.mediationdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.TableCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing disputes from the Excel template over HTTP as a job: routed like registrations, idempotent, bad rows sent back. */
@ApplicationTest
class BulkImportIT {

    private static final int TOWNSHIP = 3;
    private static final int AMOUNT = 8;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ErrorWorkbooks errorWorkbooks;

    @Test
    void templateOffersDropDownsFedByAHiddenSheetAndChineseAndEnglishHeaders() throws IOException {
        try (XSSFWorkbook template = template()) {
            XSSFSheet sheet = template.getSheet("纠纷登记");

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("纠纷类型");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Dispute type");
            assertThat(sheet.getRow(0).getCell(16).getStringCellValue()).isEqualTo("被申请人电话");
            assertThat(sheet.getDataValidations()).extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("'选项'!$A$1:$A$18", "'选项'!$B$1:$B$7");
            assertThat(template.isSheetVeryHidden(template.getSheetIndex("选项"))).isTrue();
            assertThat(template.getSheet("选项").getRow(16).getCell(0).getStringCellValue()).isEqualTo("渔业");
        }
    }

    @Test
    void goodRowsBecomeRoutedCasesAndBadRowsComeBackInAnErrorWorkbook() throws IOException {
        String run = "#" + System.nanoTime();
        byte[] upload = filled(List.of(
                row("渔业", "当事人申请", "南浔区", "菱湖镇", "鱼塘排水纠纷" + run, "35000.5"),
                row("邻里", "网格员排查", "330503", "双林镇", "邻里通道纠纷" + run, ""),
                row("合同", "热线", "南浔区", "练市镇", "货款纠纷" + run, "12000"),
                row("邻里", "当事人申请", "南浔区", "不存在镇", "乡镇写错的纠纷" + run, ""),
                row("消费", "当事人申请", "南浔区", "南浔镇", "金额为负的纠纷" + run, "-100")));
        long before = caseCount();

        ResponseEntity<JsonNode> response = upload("clerk", "纠纷.xlsx", upload);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getHeaders().getLocation().toString()).isEqualTo("/api/imports/jobs/" + response.getBody().get("id").asText());
        assertThat(response.getBody().get("rowsTotal").asInt()).isEqualTo(5);
        JsonNode body = finished("clerk", response);
        assertThat(body.get("state").asText()).isEqualTo("DONE");
        assertThat(body.get("rowsRead").asInt()).isEqualTo(5);
        assertThat(body.get("registered").asInt()).isEqualTo(3);
        assertThat(body.get("alreadyImported").asInt()).isZero();
        assertThat(body.get("refused").asInt()).isEqualTo(2);
        assertThat(caseCount()).isEqualTo(before + 3);
        assertThat(storedByDescription("鱼塘排水纠纷" + run)).containsExactly("AWAITING_ACCEPTANCE", "NX-LINGHU-FISHERY", "clerk");
        assertThat(storedByDescription("邻里通道纠纷" + run).get(0)).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(storedByDescription("货款纠纷" + run).get(0)).isEqualTo("AWAITING_ACCEPTANCE");
        try (XSSFWorkbook errors = download("clerk", body.get("errorWorkbook").asText())) {
            Sheet sheet = errors.getSheet("纠纷登记");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("乡镇写错的纠纷" + run);
            assertThat(sheet.getRow(2).getCell(TOWNSHIP).getCellComment().getString().getString()).contains("不存在镇");
            assertThat(sheet.getRow(2).getCell(AMOUNT)).isNull();
            assertThat(sheet.getRow(3).getCell(AMOUNT).getStringCellValue()).isEqualTo("-100");
            assertThat(sheet.getRow(3).getCell(AMOUNT).getCellComment()).isNotNull();
            assertThat(sheet.getRow(3).getCell(TOWNSHIP).getCellComment()).isNull();
            assertThat(sheet.getRow(2).getCell(17).getStringCellValue()).startsWith("第6行：乡镇（街道）：");
            assertThat(sheet.getRow(3).getCell(17).getStringCellValue()).startsWith("第7行：争议金额（元）：");
        }
    }

    @Test
    void uploadingTheSameFileAgainCreatesNoNewCase() throws IOException {
        String run = "#" + System.nanoTime();
        byte[] upload = filled(List.of(row("渔业", "当事人申请", "南浔区", "菱湖镇", "重复上传的纠纷" + run, "800"),
                row("邻里", "当事人申请", "南浔区", "和孚镇", "重复上传的邻里纠纷" + run, "")));
        JsonNode first = importFile("clerk", "a.xlsx", upload);
        long before = caseCount();

        JsonNode second = importFile("clerk", "a-again.xlsx", upload);

        assertThat(first.get("registered").asInt()).isEqualTo(2);
        assertThat(caseCount()).isEqualTo(before);
        assertThat(second.get("registered").asInt()).isZero();
        assertThat(second.get("alreadyImported").asInt()).isEqualTo(2);
        assertThat(second.has("errorWorkbook")).isFalse();
    }

    @Test
    void aTextFileIsRefusedEvenWhenNamedXlsxAndNothingIsStored() {
        Map<String, Long> before = TableCounts.of(jdbc);

        var txt = upload("clerk", "cases.txt", "纠纷类型,来源\n渔业,当事人申请\n".getBytes(StandardCharsets.UTF_8));
        var disguised = upload("clerk", "cases.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));

        assertThat(txt.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(txt.getBody().at("/errors/0/message").asText()).contains("cases.txt").contains("不是 Excel 工作簿");
        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(disguised.getBody().at("/errors/0/message").asText()).contains("cases.xlsx").contains("不是 Excel 工作簿");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aWorkbookNotMadeFromTheTemplateIsRefusedAsTheWrongTemplate() throws IOException {
        Map<String, Long> before = TableCounts.of(jdbc);
        byte[] foreign;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet("纠纷登记").createRow(0);
            header.createCell(0).setCellValue("纠纷类型");
            workbook.getSheet("纠纷登记").createRow(2).createCell(0).setCellValue("渔业");
            foreign = bytes(workbook);
        }

        var response = upload("clerk", "自制表格.xlsx", foreign);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/message").asText()).contains("自制表格.xlsx").contains("不是纠纷批量导入模板");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anEmptyTemplateAndAnEmptyFileAreRefused() throws IOException {
        Map<String, Long> before = TableCounts.of(jdbc);
        byte[] empty;
        try (XSSFWorkbook template = template()) {
            empty = bytes(template);
        }

        var emptyTemplate = upload("clerk", "空模板.xlsx", empty);
        var emptyFile = upload("clerk", "nothing.xlsx", new byte[0]);

        assertThat(emptyTemplate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(emptyTemplate.getBody().at("/errors/0/message").asText()).contains("没有要导入的纠纷");
        assertThat(emptyFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(emptyFile.getBody().at("/errors/0/message").asText()).contains("nothing.xlsx").contains("是空的");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() {
        Map<String, Long> before = TableCounts.of(jdbc);

        var response = upload(bodyBeforeAnswer(), "clerk", "huge.xlsx", new byte[5 * 1024 * 1024 + 100_000]);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody().get("detail").asText()).contains("5MB");
        assertThat(TableCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aRuleAuthorMayNeitherDownloadTheTemplateNorUpload() throws IOException {
        byte[] upload = filled(List.of(row("渔业", "当事人申请", "南浔区", "菱湖镇", "规则作者上传" + System.nanoTime(), "")));
        long before = caseCount();

        var template = rest.withBasicAuth("author", ApiClient.DEMO_PASSWORD).getForEntity("/api/imports/template.xlsx", byte[].class);
        var response = upload("author", "a.xlsx", upload);

        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void onlyTheUploaderMayDownloadTheErrorWorkbookAndOthersAreToldItDoesNotExist() throws IOException {
        byte[] upload = filled(List.of(row("渔业", "当事人申请", "南浔区", "不存在镇", "别人的错误清单" + System.nanoTime(), "")));
        JsonNode job = importFile("clerk", "a.xlsx", upload);
        String link = job.get("errorWorkbook").asText();

        var manager = ApiClient.as(rest, "nanxun.manager").get(link);
        var othersJob = ApiClient.as(rest, "nanxun.manager").get("/api/imports/jobs/" + job.get("id").asText());
        var unknown = ApiClient.as(rest, "nanxun.manager").get("/api/imports/" + UUID.randomUUID() + "/errors.xlsx");

        assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(manager.getBody().get("detail").asText()).contains("只有上传人能下载")
                .isEqualTo(unknown.getBody().get("detail").asText());
        assertThat(othersJob.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        download("clerk", link).close();
    }

    @Test
    void errorWorkbookIsStoredForItsUploaderUntilTwoHoursAfterTheUpload() throws IOException {
        byte[] upload = filled(List.of(row("渔业", "当事人申请", "南浔区", "不存在镇", "存两小时" + System.nanoTime(), "")));

        String id = importFile("clerk", "a.xlsx", upload).get("errorWorkbookId").asText();

        var stored = jdbc.queryForMap("SELECT uploaded_by, created_at, expires_at FROM import_error_workbook WHERE id = ?", id);
        assertThat(stored.get("uploaded_by")).isEqualTo("clerk");
        assertThat(Duration.between(localDateTime(stored.get("created_at")), localDateTime(stored.get("expires_at"))))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void errorWorkbookIsStoredSealedAndStillDownloadsAsAWorkbook() throws IOException {
        byte[] upload = filled(List.of(row("渔业", "当事人申请", "南浔区", "不存在镇", "加密保存" + System.nanoTime(), "")));

        String id = importFile("clerk", "a.xlsx", upload).get("errorWorkbookId").asText();

        byte[] stored = jdbc.queryForObject("SELECT workbook FROM import_error_workbook WHERE id = ?", byte[].class, id);
        assertThat(new String(stored, 0, 3, StandardCharsets.US_ASCII)).matches("k\\d:");
        try (XSSFWorkbook errors = download("clerk", "/api/imports/" + id + "/errors.xlsx")) {
            assertThat(errors.getNumberOfSheets()).isPositive();
        }
    }

    @Test
    void expiredErrorWorkbookAnswers404InChineseAndEnglishAndTheSweepDeletesOnlyExpiredOnes() throws IOException {
        String expired = importFile("clerk", "a.xlsx", filled(List.of(
                row("渔业", "当事人申请", "南浔区", "不存在镇", "已过期" + System.nanoTime(), "")))).get("errorWorkbookId").asText();
        String current = importFile("clerk", "b.xlsx", filled(List.of(
                row("渔业", "当事人申请", "南浔区", "不存在镇", "未过期" + System.nanoTime(), "")))).get("errorWorkbookId").asText();
        jdbc.update("UPDATE import_error_workbook SET expires_at = ? WHERE id = ?", BusinessTime.now().minusSeconds(1),
                expired);

        var chinese = ApiClient.as(rest, "clerk").get("/api/imports/" + expired + "/errors.xlsx", "zh-CN");
        var english = ApiClient.as(rest, "clerk").get("/api/imports/" + expired + "/errors.xlsx", "en");
        errorWorkbooks.sweepOnce();

        assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(chinese.getBody().get("detail").asText()).contains("已过期");
        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(english.getBody().get("detail").asText()).contains("expired");
        assertThat(workbookRows(expired)).isZero();
        assertThat(workbookRows(current)).isOne();
        download("clerk", "/api/imports/" + current + "/errors.xlsx").close();
    }

    @Test
    void fiveHundredRowsAreImported() throws IOException {
        String run = "#" + System.nanoTime();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(row(i % 2 == 0 ? "渔业" : "邻里", "当事人申请", "南浔区", i % 3 == 0 ? "菱湖镇" : "双林镇",
                    "批量纠纷 " + i + run, Integer.toString(100 + i)));
        }
        long before = caseCount();

        JsonNode body = importFile("clerk", "500.xlsx", filled(rows));

        assertThat(body.get("registered").asInt()).isEqualTo(500);
        assertThat(body.get("refused").asInt()).isZero();
        assertThat(caseCount()).isEqualTo(before + 500);
    }

    private static List<String> row(String type, String source, String county, String township, String description,
                                    String amount) {
        return List.of(type, source, county, township, "", description, "DATE", "2", amount,
                "沈建国", "个人", "330503197203150012", "13857201234", "钱小明", "个人", "", "");
    }

    private byte[] filled(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = template()) {
            Sheet sheet = workbook.getSheet("纠纷登记");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(2 + r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c).equals("DATE")) {
                        row.createCell(c).setCellValue(BusinessTime.today().minusDays(3));
                        row.getCell(c).setCellStyle(date);
                    } else if (c == 7 || (c == AMOUNT && !values.get(c).isEmpty())) {
                        row.createCell(c).setCellValue(Double.parseDouble(values.get(c)));
                    } else if (!values.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            return bytes(workbook);
        }
    }

    private XSSFWorkbook template() throws IOException {
        var response = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD).getForEntity("/api/imports/template.xlsx", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).contains("spreadsheetml");
        return new XSSFWorkbook(new ByteArrayInputStream(response.getBody()));
    }

    private XSSFWorkbook download(String user, String link) throws IOException {
        var response = rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD).getForEntity(link, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new XSSFWorkbook(new ByteArrayInputStream(response.getBody()));
    }

    /**
     * A client that sends the whole body before it reads the answer, as browsers and curl do. The JDK
     * client behind {@link #rest} reads the early 413 while still sending and sometimes loses it when
     * the server then closes the connection.
     */
    private TestRestTemplate bodyBeforeAnswer() {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(rest.getRootUri())
                .requestFactory(SimpleClientHttpRequestFactory.class));
    }

    private ResponseEntity<JsonNode> upload(String user, String filename, byte[] content) {
        return upload(rest, user, filename, content);
    }

    private static ResponseEntity<JsonNode> upload(TestRestTemplate client, String user, String filename, byte[] content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.withBasicAuth(user, ApiClient.DEMO_PASSWORD).exchange("/api/imports", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private List<String> storedByDescription(String description) {
        return jdbc.queryForObject("SELECT status, centre_code, registered_by FROM dispute_case WHERE description = ?",
                (row, i) -> List.of(row.getString(1), row.getString(2), row.getString(3)), description);
    }

    /** Uploads the file and follows its job to its end. */
    private JsonNode importFile(String user, String filename, byte[] content) {
        ResponseEntity<JsonNode> response = upload(user, filename, content);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return finished(user, response);
    }

    private JsonNode finished(String user, ResponseEntity<JsonNode> accepted) {
        return ImportJobs.finished(ApiClient.as(rest, user), accepted.getHeaders().getLocation().toString());
    }

    private long workbookRows(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_error_workbook WHERE id = ?", Long.class, id);
    }

    private static LocalDateTime localDateTime(Object column) {
        return column instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) column;
    }

    private long caseCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case", Long.class);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
