package org.mediationdesk.attachments;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case with a written agreement closes only once the agreement's signed scan is in its file, as in
 * production (the demo profile the other tests run with leaves the rule off, so this test has a context
 * of its own).
 */
@ApplicationTest
@TestPropertySource(properties = "mediationdesk.attachments.signed-agreement-required=true")
class SignedAgreementClosureIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String PERFORMED = "{\"performed\": true, \"applicantSatisfaction\": 5, \"respondentSatisfaction\": 4}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    Workflow workflow;
    AttachmentUploads mediator;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        mediator = AttachmentUploads.as(rest, MEDIATOR);
    }

    @Test
    void writtenAgreementClosesOnlyOnceItsSignedScanIsAttached() {
        String caseNumber = atFollowUp("WRITTEN");
        String taskId = workflow.task(caseNumber, "followUp").getId();
        workflow.claim(MEDIATOR, taskId);

        ResponseEntity<JsonNode> refused = workflow.complete(MEDIATOR, taskId, PERFORMED);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("签字件", "不能结案");

        ResponseEntity<JsonNode> scan = mediator.upload(caseNumber, "协议签字件.jpg", SampleFiles.jpeg(),
                Map.of("signsDocument", "AGREEMENT"));
        assertThat(scan.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(scan.getBody().get("category").asText()).isEqualTo("SIGNED_AGREEMENT");
        assertThat(workflow.complete(MEDIATOR, taskId, PERFORMED).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("status").asText()).isEqualTo("CLOSED");
        assertThat(mediator.upload(caseNumber, "迟到.pdf", SampleFiles.pdf(), "OTHER").getStatusCode())
                .as("a closed case's file is complete").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void withdrawnScanDoesNotCountAndAReferralWaitsForTheScanToo() {
        String caseNumber = atFollowUp("WRITTEN");
        long scan = mediator.upload(caseNumber, "签字件.pdf", SampleFiles.pdf(),
                Map.of("category", "SIGNED_AGREEMENT", "signsDocument", "AGREEMENT")).getBody().get("id").asLong();
        mediator.withdraw(caseNumber, scan, "扫描不清");
        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": false, \"applicantSatisfaction\": 2, \"respondentSatisfaction\": 3}");
        String taskId = workflow.task(caseNumber, "referral").getId();
        workflow.claim(MEDIATOR, taskId);

        assertThat(workflow.complete(MEDIATOR, taskId, "{\"referredTo\": \"COURT\", \"body\": \"湖州市南浔区人民法院\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void oralAgreementClosesWithoutAScan() {
        String caseNumber = atFollowUp("ORAL");

        workflow.work(MEDIATOR, caseNumber, "followUp", PERFORMED);

        assertThat(workflow.isEnded(caseNumber)).isTrue();
    }

    private String atFollowUp(String form) {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"钱小明赔偿沈建国鱼苗损失人民币三万元\", "
                + "\"amount\": 30000, \"performanceDeadline\": \"" + BusinessTime.today().plusDays(10) + "\", \"form\": \""
                + form + "\", \"effectiveOn\": \"" + BusinessTime.today() + "\", \"judicialConfirmation\": false}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");
        return caseNumber;
    }
}
