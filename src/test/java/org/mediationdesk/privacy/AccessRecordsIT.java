package org.mediationdesk.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.RuleSetDrafts;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every action that shows, downloads, exports or simulates over parties' personal data leaves an access
 * record (who, when, from where, which case or export, why); who may read the records and the data whole.
 */
@ApplicationTest
class AccessRecordsIT {

    private static final String WHOLE_ID = "330503197203150012";
    private static final String MASKED_ID = "330503********0012";
    private static final String WHOLE_PHONE = "13857201234";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccessRecordPurge purge;

    Workflow workflow;
    String caseNumber;
    long before;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
        before = lastRecordId();
    }

    @Test
    void caseApiIsMaskedByDefaultAndItsOwnMediatorsUnmaskedViewIsRecordedWithTheReason() {
        JsonNode masked = ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber).getBody();
        assertThat(masked.at("/parties/0/idNumber").asText()).isEqualTo(MASKED_ID);
        assertThat(recordsSince()).isEmpty();

        JsonNode whole = ApiClient.as(rest, "linghu.mediator")
                .get("/api/cases/" + caseNumber + "?unmasked=true&reason=电话回访").getBody();

        assertThat(whole.at("/parties/0/idNumber").asText()).isEqualTo(WHOLE_ID);
        assertThat(whole.at("/parties/0/phone").asText()).isEqualTo(WHOLE_PHONE);
        assertThat(recordsSince()).singleElement().satisfies(record -> {
            assertThat(record.get("username")).isEqualTo("linghu.mediator");
            assertThat(record.get("action")).isEqualTo("UNMASKED_VIEW");
            assertThat(record.get("case_number")).isEqualTo(caseNumber);
            assertThat(record.get("address")).isEqualTo("127.0.0.1");
            assertThat(record.get("reason")).isEqualTo("电话回访");
            assertThat(jdbc.queryForObject("SELECT occurred_at FROM access_record WHERE id = ?", LocalDateTime.class,
                    record.get("id")))
                    .isBetween(BusinessTime.now().minusMinutes(1), BusinessTime.now().plusMinutes(1));
        });
    }

    @Test
    void onlyTheCasesOwnCentreStaffSeeItUnmaskedOthersGet403AndNothingIsRecorded() {
        for (String user : List.of("clerk", "nanxun.manager", "feiying.mediator", "admin")) {
            assertThat(ApiClient.as(rest, user).get("/api/cases/" + caseNumber + "?unmasked=true").getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(recordsSince()).isEmpty();
    }

    @Test
    @WithUserDetails("linghu.manager")
    void casePageShowsPartiesMaskedUntilShownAndRecordsTheShowing() throws Exception {
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString(MASKED_ID)))
                .andExpect(content().string(not(containsString(WHOLE_ID))))
                .andExpect(content().string(containsString("id=\"show-parties\"")));
        assertThat(recordsSince()).isEmpty();

        mvc.perform(post("/cases/" + caseNumber + "/parties/shown").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString(WHOLE_ID)))
                .andExpect(content().string(containsString(WHOLE_PHONE)));

        assertThat(recordsSince()).singleElement().satisfies(record -> {
            assertThat(record.get("username")).isEqualTo("linghu.manager");
            assertThat(record.get("action")).isEqualTo("UNMASKED_VIEW");
            assertThat(record.get("case_number")).isEqualTo(caseNumber);
        });
    }

    @Test
    @WithUserDetails("nanxun.manager")
    void countySupervisorSeesTheCasePageMaskedWithoutTheShowAction() throws Exception {
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString(MASKED_ID)))
                .andExpect(content().string(not(containsString("id=\"show-parties\""))));
        mvc.perform(post("/cases/" + caseNumber + "/parties/shown").with(csrf())).andExpect(status().isForbidden());
        assertThat(recordsSince()).isEmpty();
    }

    @Test
    void agreementDownloadIsRecorded() {
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation("linghu.mediator", caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"达成一致\"}");
        workflow.work("linghu.mediator", caseNumber, "recordAgreement", "{\"terms\": \"赔偿鱼苗损失\", \"amount\": 3000,"
                + " \"performanceDeadline\": \"" + BusinessTime.today().plusDays(30) + "\", \"form\": \"WRITTEN\","
                + " \"effectiveOn\": \"" + BusinessTime.today() + "\", \"judicialConfirmation\": false}");
        long beforeDownload = lastRecordId();

        var response = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/cases/" + caseNumber + "/agreement.docx", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recordsAfter(beforeDownload)).singleElement().satisfies(record -> {
            assertThat(record.get("username")).isEqualTo("clerk");
            assertThat(record.get("action")).isEqualTo("DOCUMENT_DOWNLOAD");
            assertThat(record.get("case_number")).isEqualTo(caseNumber);
            assertThat((String) record.get("subject")).contains("人民调解协议书", "AGREEMENT");
        });
    }

    @Test
    void statisticsCaseListIsMaskedUnlessTheManagerGivesAReasonAndEachExportIsRecorded() throws IOException {
        String today = "from=" + BusinessTime.today() + "&to=" + BusinessTime.today();
        var masked = xlsx("linghu.manager", "/api/reports/statistics.xlsx?fresh=true&" + today);
        var noReason = ApiClient.as(rest, "linghu.manager").get("/api/reports/statistics.xlsx?unmasked=true&" + today);
        var adminUnmasked = ApiClient.as(rest, "admin")
                .get("/api/reports/statistics.xlsx?unmasked=true&reason=x&" + today);
        var whole = xlsx("linghu.manager", "/api/reports/statistics.xlsx?unmasked=true&reason=法院调取&" + today);

        int listed;
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().toString()).contains("reason");
        assertThat(adminUnmasked.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(masked.getBody()))) {
            Row row = caseRow(book.getSheet("案件清单 Cases"));
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo(MASKED_ID);
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("138****1234");
            assertThat(book.getSheet("案件清单 Cases").getFooter().getLeft()).contains("linghu.manager", "Asia/Shanghai",
                    BusinessTime.today().toString());
            assertThat(book.getSheetAt(0).getFooter().getLeft()).contains("linghu.manager");
            listed = caseRows(book.getSheet("案件清单 Cases"));
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(whole.getBody()))) {
            Row row = caseRow(book.getSheet("案件清单 Cases"));
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo(WHOLE_ID);
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo(WHOLE_PHONE);
        }
        assertThat(recordsSince()).hasSize(2).allSatisfy(record -> {
            assertThat(record.get("username")).isEqualTo("linghu.manager");
            assertThat(record.get("action")).isEqualTo("CASE_LIST_EXPORT");
            assertThat((String) record.get("subject")).contains("NX-LINGHU-FISHERY", BusinessTime.today().toString());
            assertThat(record.get("case_count")).isEqualTo(listed);
        }).extracting(record -> record.get("reason")).containsExactly("法院调取", null);
    }

    @Test
    void importErrorWorkbookDownloadIsRecorded() {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO import_error_workbook (id, uploaded_by, created_at, expires_at, workbook) "
                + "VALUES (?, 'clerk', ?, ?, ?)", id, BusinessTime.now(), BusinessTime.now().plusHours(1), new byte[] {1});

        var response = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/imports/" + id + "/errors.xlsx", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recordsSince()).singleElement().satisfies(record -> {
            assertThat(record.get("username")).isEqualTo("clerk");
            assertThat(record.get("action")).isEqualTo("IMPORT_ERRORS_DOWNLOAD");
            assertThat((String) record.get("subject")).contains(id);
        });
    }

    @Test
    void simulationOverPastCasesIsRecordedWithItsPeriod() {
        long published = new RuleSetDrafts(rest).publishedVersion();
        String period = "from=" + BusinessTime.today() + "&to=" + BusinessTime.today();

        var response = ApiClient.as(rest, "author").get("/api/rulesets/versions/" + published + "/simulation?" + period);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recordsSince()).singleElement().satisfies(record -> {
            assertThat(record.get("username")).isEqualTo("author");
            assertThat(record.get("action")).isEqualTo("SIMULATION");
            assertThat((String) record.get("subject")).contains("version " + published, BusinessTime.today().toString());
            assertThat(record.get("case_count")).isEqualTo(response.getBody().get("cases").asInt());
        });
    }

    @Test
    void administratorAndOfficerSearchTheRecordsByUserCaseAndPeriodOthersGet403() {
        ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber + "?unmasked=true");
        String query = "/api/privacy/access-records?username=linghu.mediator&caseNumber=" + caseNumber
                + "&from=" + BusinessTime.today() + "&to=" + BusinessTime.today();

        for (String reader : List.of("admin", "dpo")) {
            ResponseEntity<JsonNode> found = ApiClient.as(rest, reader).get(query);
            assertThat(found.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(found.getBody()).as(reader).singleElement().satisfies(record -> {
                assertThat(record.get("action").asText()).isEqualTo("UNMASKED_VIEW");
                assertThat(record.get("caseNumber").asText()).isEqualTo(caseNumber);
            });
        }
        assertThat(ApiClient.as(rest, "admin").get("/api/privacy/access-records?caseNumber=" + caseNumber
                + "&from=" + BusinessTime.today().plusDays(1)).getBody()).isEmpty();
        for (String other : List.of("feiying.mediator", "linghu.mediator", "linghu.manager", "clerk", "author")) {
            assertThat(ApiClient.as(rest, other).get(query).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    @WithUserDetails("feiying.mediator")
    void mediatorOfAnotherCentreSeesNeitherTheRecordsPageNorTheCase() throws Exception {
        mvc.perform(get("/privacy/access-records")).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/access-records.csv")).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + caseNumber + "/parties/shown").with(csrf())).andExpect(status().isForbidden());
        assertThat(recordsSince()).isEmpty();
    }

    @Test
    @WithUserDetails("dpo")
    void officerExportsTheRecordsAsCsvAndExcelAndEachExportIsRecorded() throws Exception {
        ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber + "?unmasked=true&reason=核对身份");

        mvc.perform(get("/privacy/access-records").param("caseNumber", caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("核对身份")))
                .andExpect(content().string(containsString("徐海林（渔业调解员）")))
                .andExpect(content().string(containsString("(linghu.mediator)")))
                .andExpect(content().string(containsString("id=\"erasure-form\"")));
        byte[] csv = mvc.perform(get("/privacy/access-records.csv").param("caseNumber", caseNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = mvc.perform(get("/privacy/access-records.xlsx").param("caseNumber", caseNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFF时间 Time,用户 User");
        assertThat(lines.get(1)).contains("linghu.mediator", "127.0.0.1", "查看完整个人信息", caseNumber, "核对身份");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("linghu.mediator");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(caseNumber);
            assertThat(sheet.getFooter().getLeft()).contains("dpo");
        }
        assertThat(recordsSince()).extracting(record -> record.get("action"))
                .containsExactly("ACCESS_RECORDS_EXPORT", "ACCESS_RECORDS_EXPORT", "UNMASKED_VIEW");
        assertThat(recordsSince().get(0).get("subject")).asString().contains("xlsx", caseNumber);
    }

    @Test
    void purgeDeletesOnlyRecordsOlderThanThreeYears() {
        LocalDateTime now = BusinessTime.now();
        jdbc.update("INSERT INTO access_record (occurred_at, username, action, case_number) VALUES (?, 'old', 'SIMULATION', ?)",
                now.minusYears(3).minusDays(1), caseNumber);
        jdbc.update("INSERT INTO access_record (occurred_at, username, action, case_number) VALUES (?, 'kept', 'SIMULATION', ?)",
                now.minusYears(3).plusDays(1), caseNumber);

        purge.purgeAt(now);

        assertThat(recordsSince()).extracting(record -> record.get("username")).containsExactly("kept");
    }

    private ResponseEntity<byte[]> xlsx(String user, String path) {
        ResponseEntity<byte[]> response = rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD).getForEntity(path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response;
    }

    private Row caseRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && caseNumber.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + caseNumber);
    }

    private static int caseRows(Sheet sheet) {
        int rows = 0;
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().matches("[A-Z]{2}-\\d{4}-\\d{6}")) {
                rows++;
            }
        }
        return rows;
    }

    private long lastRecordId() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM access_record", Long.class);
    }

    /** This test's records, newest first (other tests may write theirs meanwhile only on other cases and users). */
    private List<Map<String, Object>> recordsSince() {
        return recordsAfter(before);
    }

    private List<Map<String, Object>> recordsAfter(long id) {
        return jdbc.queryForList("SELECT * FROM access_record WHERE id > ? AND (case_number = ? OR case_number IS NULL)"
                + " ORDER BY id DESC", id, caseNumber).stream().map(AccessRecordsIT::lowerCaseKeys).toList();
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        var lower = new LinkedHashMap<String, Object>();
        row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        return lower;
    }
}
