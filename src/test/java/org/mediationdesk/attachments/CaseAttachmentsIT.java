package org.mediationdesk.attachments;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files attached to a case over the API, stored in the database (the default): each accepted type goes in and
 * comes back byte for byte; programs, oversized files and zip bombs are refused naming the field; another
 * centre's mediator sees none of it; a withdrawn file stays, with who and why in the history.
 */
@ApplicationTest
class CaseAttachmentsIT {

    private static final String MEDIATOR = "linghu.mediator";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;
    AttachmentUploads mediator;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        mediator = AttachmentUploads.as(rest, MEDIATOR);
    }

    @Test
    void everyAcceptedTypeIsStoredAndDownloadsByteForByte() {
        String caseNumber = caseInMediation();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("租赁合同.pdf", SampleFiles.pdf());
        files.put("现场.png", SampleFiles.png());
        files.put("现场.jpg", SampleFiles.jpeg());
        files.put("手机照片.heic", SampleFiles.heicHeader());
        files.put("笔录.docx", SampleFiles.docx());
        files.put("损失清单.xlsx", SampleFiles.xlsx());
        files.put("损失清单.xls", SampleFiles.xls());
        files.put("旧笔录.doc", SampleFiles.doc());
        Map<String, String> expectedTypes = Map.of("租赁合同.pdf", "application/pdf", "现场.png", "image/png",
                "现场.jpg", "image/jpeg", "手机照片.heic", "image/heic", "笔录.docx", FileTypes.DOCX,
                "损失清单.xlsx", FileTypes.XLSX, "损失清单.xls", FileTypes.XLS, "旧笔录.doc", FileTypes.DOC);

        files.forEach((name, content) -> {
            ResponseEntity<JsonNode> added = mediator.upload(caseNumber, name, content, "EVIDENCE");
            assertThat(added.getStatusCode()).as("%s: %s", name, added.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(added.getBody().get("mediaType").asText()).as(name).isEqualTo(expectedTypes.get(name));
            assertThat(added.getBody().get("sha256").asText()).isEqualTo(SampleFiles.sha256(content));
            assertThat(added.getBody().get("caseStatus").asText()).isEqualTo("IN_MEDIATION");

            ResponseEntity<byte[]> download = mediator.download(caseNumber, added.getBody().get("id").asLong());
            assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(download.getHeaders().getContentType()).hasToString(expectedTypes.get(name));
            assertThat(SampleFiles.sha256(download.getBody())).as(name).isEqualTo(SampleFiles.sha256(content));
            String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                    .isEqualTo(name);
        });

        JsonNode listed = mediator.list(caseNumber).getBody();
        assertThat(listed).hasSize(files.size());
        assertThat(listed.get(0).get("categoryName").asText()).isEqualTo("证据");
        assertThat(listed.get(0).get("uploadedBy").asText()).isEqualTo(MEDIATOR);
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("attachments")).as("in the case JSON").hasSize(files.size());
    }

    @Test
    void fileOfSeveralChunksComesBackWhole() {
        String caseNumber = caseInMediation();
        byte[] content = SampleFiles.largePdf(3, 12345);
        for (int i = 2048; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }

        long id = mediator.upload(caseNumber, "扫描件.pdf", content, "EVIDENCE").getBody().get("id").asLong();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment_chunk WHERE attachment_id = ?",
                Integer.class, id)).isEqualTo(4);
        assertThat(SampleFiles.sha256(mediator.download(caseNumber, id).getBody())).isEqualTo(SampleFiles.sha256(content));
    }

    @Test
    void everyDownloadIsAnAccessRecordNamingTheCaseAndTheFile() {
        String caseNumber = caseInMediation();
        long id = mediator.upload(caseNumber, "身份证.png", SampleFiles.png(), "IDENTITY").getBody().get("id").asLong();

        mediator.download(caseNumber, id);

        assertThat(jdbc.queryForList("SELECT CONCAT(username, ' ', subject) FROM access_record WHERE case_number = ?"
                + " AND action = 'ATTACHMENT_DOWNLOAD'", String.class, caseNumber))
                .containsExactly(MEDIATOR + " attachment " + id);
    }

    @Test
    void programsNamedAsDocumentsAreRefusedNamingTheFile() {
        String caseNumber = caseInMediation();

        ResponseEntity<JsonNode> elf = mediator.upload(caseNumber, "合同.pdf", SampleFiles.elf(), "EVIDENCE");
        ResponseEntity<JsonNode> exe = mediator.upload(caseNumber, "照片.jpg", SampleFiles.windowsProgram(), "SITE_PHOTO");

        for (ResponseEntity<JsonNode> refused : List.of(elf, exe)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        }
        assertThat(elf.getBody().at("/errors/0/message").asText()).contains("合同.pdf", "application/x-elf", "PDF");
        assertThat(mediator.list(caseNumber).getBody()).isEmpty();
    }

    @Test
    void fileOverTheLimitIsRefusedWithTheLimitNamed() {
        String caseNumber = caseInMediation();

        ResponseEntity<JsonNode> refused = mediator.upload(caseNumber, "录像.pdf", SampleFiles.largePdf(20, 1), "EVIDENCE");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(refused.getBody().get("detail").asText()).contains("20MB");
        assertThat(mediator.list(caseNumber).getBody()).isEmpty();
    }

    @Test
    void zipBombIsRefused() {
        String caseNumber = caseInMediation();

        ResponseEntity<JsonNode> refused = mediator.upload(caseNumber, "协议.docx", SampleFiles.zipBomb(200), "EVIDENCE");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(refused.getBody().at("/errors/0/message").asText()).contains("协议.docx", "解压");
    }

    @Test
    void unknownCategoryAndSessionWithoutItsDocumentAreRefusedByField() {
        String caseNumber = caseInMediation();

        ResponseEntity<JsonNode> refused = mediator.upload(caseNumber, "a.pdf", SampleFiles.pdf(),
                Map.of("category", "PHOTO", "signsSession", "1"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("category",
                "signsSession");
    }

    @Test
    void mediatorOfAnotherCentreIsRefusedTheListTheDownloadAndTheUpload() {
        String caseNumber = caseInMediation();
        long id = mediator.upload(caseNumber, "租赁合同.pdf", SampleFiles.pdf(), "EVIDENCE").getBody().get("id").asLong();
        AttachmentUploads other = AttachmentUploads.as(rest, "feiying.mediator");

        assertThat(other.list(caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.download(caseNumber, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.upload(caseNumber, "b.pdf", SampleFiles.pdf(), "EVIDENCE").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(AttachmentUploads.as(rest, "clerk").download(caseNumber, id).getStatusCode())
                .as("the clerk who registered it").isEqualTo(HttpStatus.OK);
    }

    @Test
    void withdrawnFileStaysForTheArchiveAndTheHistorySaysWhoAndWhy() {
        String caseNumber = caseInMediation();
        long id = mediator.upload(caseNumber, "错传.pdf", SampleFiles.pdf(), "EVIDENCE").getBody().get("id").asLong();

        assertThat(mediator.withdraw(caseNumber, id, " ").getBody().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(mediator.withdraw(caseNumber, id, "传错了案件").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(mediator.withdraw(caseNumber, id, "再撤一次").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        JsonNode file = mediator.list(caseNumber).getBody().get(0);
        assertThat(file.get("withdrawnBy").asText()).isEqualTo(MEDIATOR);
        assertThat(file.get("withdrawnReason").asText()).isEqualTo("传错了案件");
        assertThat(mediator.download(caseNumber, id).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode events = workflow.caseAs(MEDIATOR, caseNumber).get("events");
        assertThat(events.findValuesAsText("type")).contains("ATTACHMENT_ADDED", "ATTACHMENT_WITHDRAWN");
        assertThat(events.findValuesAsText("note")).contains("撤回“错传.pdf”：传错了案件", "错传.pdf（证据）");
    }

    private String caseInMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }
}
