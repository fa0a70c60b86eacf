package org.mediationdesk.archive;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A case carried to closure gets its archive, which its centre's staff download and another centre's may not. */
@ApplicationTest
class CaseArchiveIT {

    private static final String MEDIATOR = "linghu.mediator";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void closingACaseProducesItsPdfAArchiveWithDocumentsPhotoAndScan() throws IOException {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        AttachmentUploads mediator = AttachmentUploads.as(rest, MEDIATOR);
        assertThat(mediator.upload(caseNumber, "鱼塘现场.png", SampleFiles.png(), "SITE_PHOTO").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(mediator.upload(caseNumber, "租赁合同.pdf", SampleFiles.pdf(), Map.of("category", "EVIDENCE"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(archive(MEDIATOR, caseNumber).getStatusCode()).as("before closure").isEqualTo(HttpStatus.CONFLICT);
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"钱小明赔偿沈建国鱼苗损失人民币三万元\", "
                + "\"amount\": 30000, \"performanceDeadline\": \"" + BusinessTime.today().plusDays(10)
                + "\", \"form\": \"ORAL\", \"effectiveOn\": \"" + BusinessTime.today()
                + "\", \"judicialConfirmation\": false}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");

        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": true, \"applicantSatisfaction\": 5, \"respondentSatisfaction\": 4}");

        String storedHash = await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                "SELECT a.sha256 FROM case_archive a JOIN dispute_case c ON c.id = a.case_id WHERE c.case_number = ?",
                String.class, caseNumber), hashes -> hashes.size() == 1).get(0);
        ResponseEntity<byte[]> download = archive(MEDIATOR, caseNumber);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(SampleFiles.sha256(download.getBody())).isEqualTo(storedHash)
                .isEqualTo(download.getHeaders().getFirst("X-Archive-SHA256"));
        try (PDDocument pdf = Loader.loadPDF(download.getBody())) {
            int pages = pdf.getNumberOfPages();
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("人民调解卷宗", "案号：" + caseNumber, "卷内目录", "人民调解申请书",
                    "人民调解协议书", "口头调解协议登记表", "回访记录", "附件：鱼塘现场.png", "Pond lease contract");
            assertThat(text).containsPattern("租赁合同.pdf（证据）\\s+" + pages + "\\s");
            assertThat(pages).as("cover, index, four or more documents, photo, scan").isGreaterThanOrEqualTo(8);
            PDResources cover = pdf.getPage(0).getResources();
            for (COSName font : cover.getFontNames()) {
                assertThat(cover.getFont(font).isEmbedded()).as("font %s", font).isTrue();
            }
            assertThat(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes())
                    .asString().contains("<pdfaid:part>2</pdfaid:part>");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE case_number = ? AND username = ? "
                + "AND action = 'DOCUMENT_DOWNLOAD' AND subject LIKE '%archive.pdf%'", Integer.class, caseNumber, MEDIATOR))
                .isEqualTo(1);
        assertThat(archive("feiying.mediator", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<byte[]> archive(String username, String caseNumber) {
        return rest.withBasicAuth(username, ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/cases/" + caseNumber + "/archive.pdf", byte[].class);
    }
}
