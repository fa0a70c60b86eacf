package org.mediationdesk.attachments;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.S3Server;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments in an S3-compatible bucket (a real S3 API, s3proxy, on this machine): a file goes to the
 * bucket under a fresh key its row names and comes back byte for byte; an upload whose row is refused
 * leaves no object; the sweep deletes objects no row names and keeps the others.
 */
@ApplicationTest
class S3StorageIT {

    private static final String BUCKET = "case-files";
    private static final String MEDIATOR = "linghu.mediator";
    private static S3Server server;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    S3Client s3;
    @Autowired
    S3Config.OrphanSweep sweep;

    Workflow workflow;
    AttachmentUploads mediator;

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry properties) {
        server = S3Server.start(BUCKET);
        properties.add("mediationdesk.attachments.storage", () -> "S3");
        properties.add("mediationdesk.attachments.s3.endpoint", () -> server.endpoint().toString());
        properties.add("mediationdesk.attachments.s3.bucket", () -> BUCKET);
        properties.add("mediationdesk.attachments.s3.access-key", () -> S3Server.ACCESS_KEY);
        properties.add("mediationdesk.attachments.s3.secret-key", () -> S3Server.SECRET_KEY);
        // Every object without a row is an orphan at once: the sweep is called by the test, not the schedule.
        properties.add("mediationdesk.attachments.s3.orphan-age", () -> "PT0S");
        properties.add("mediationdesk.attachments.max-case-size", () -> "5MB");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        mediator = AttachmentUploads.as(rest, MEDIATOR);
    }

    @Test
    void fileGoesToTheBucketUnderTheKeyItsRowNamesAndComesBackByteForByte() {
        String caseNumber = caseInMediation();
        byte[] content = SampleFiles.largePdf(3, 777);

        long id = mediator.upload(caseNumber, "鱼塘租赁合同.pdf", content, "EVIDENCE").getBody().get("id").asLong();

        String key = jdbc.queryForObject("SELECT storage_key FROM case_attachment WHERE id = ? AND storage = 'S3'",
                String.class, id);
        assertThat(key).startsWith("attachments/");
        assertThat(s3.headObject(head -> head.bucket(BUCKET).key(key)).contentLength()).isEqualTo(content.length);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_attachment_chunk WHERE attachment_id = ?",
                Integer.class, id)).isZero();
        assertThat(SampleFiles.sha256(mediator.download(caseNumber, id).getBody())).isEqualTo(SampleFiles.sha256(content));
    }

    @Test
    void uploadWhoseRowIsRefusedLeavesNoObject() {
        String caseNumber = caseInMediation();
        assertThat(mediator.upload(caseNumber, "一.pdf", SampleFiles.largePdf(3, 0), "EVIDENCE").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        int objects = objects().size();

        var refused = mediator.upload(caseNumber, "二.pdf", SampleFiles.largePdf(3, 0), "EVIDENCE");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().at("/errors/0/message").asText()).contains("二.pdf", "5 MB");
        assertThat(objects()).hasSize(objects);
    }

    @Test
    void sweepDeletesObjectsNoRowNamesAndKeepsTheOthers() {
        String caseNumber = caseInMediation();
        long id = mediator.upload(caseNumber, "照片.png", SampleFiles.png(), "SITE_PHOTO").getBody().get("id").asLong();
        s3.putObject(put -> put.bucket(BUCKET).key("attachments/left-by-a-dead-node"), RequestBody.fromBytes(SampleFiles.pdf()));

        assertThat(sweep.sweepOnce()).isGreaterThanOrEqualTo(1);

        assertThat(objects()).extracting(S3Object::key).doesNotContain("attachments/left-by-a-dead-node");
        assertThat(mediator.download(caseNumber, id).getBody()).isEqualTo(SampleFiles.png());
    }

    private List<S3Object> objects() {
        return s3.listObjectsV2(list -> list.bucket(BUCKET).prefix("attachments/")).contents();
    }

    private String caseInMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }
}
