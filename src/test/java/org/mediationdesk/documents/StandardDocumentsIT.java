package org.mediationdesk.documents;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mediationdesk.documents.AgreementDocumentIT.COMMITTEE;
import static org.mediationdesk.documents.AgreementDocumentIT.MEDIATOR;

/**
 * Each standard document of a case carried through its stage, downloaded over the API and read back
 * with POI for its key fields; the list of documents a case has reached; and the same refusals as the
 * case for another centre's mediator.
 */
@ApplicationTest
class StandardDocumentsIT {

    private static final String FIRST_SUMMARY = "双方陈述各自意见\n申请人要求赔偿三万五千元";
    private static final LocalDateTime FIRST_HELD = BusinessTime.now().minusDays(3).truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void caseFollowedUpAfterAnOralAgreementHasEveryDocumentOfItsStages() {
        String caseNumber = followedUpOralAgreement();

        assertThat(listed(MEDIATOR, caseNumber)).containsExactly("application", "acceptance-form", "session-record/1",
                "session-record/2", "investigation-record", "oral-agreement-registration", "follow-up-record",
                "agreement");

        DocxText application = document(caseNumber, "application");
        assertThat(application.text()).contains("人民调解申请书", "编号：" + caseNumber, "申请人\n沈建国", "渔民",
                "请求" + COMMITTEE + "依法予以调解。", "申请人 沈建国（签名、盖章或按指印）：");
        assertThat(application.footerXml()).contains("PAGE", "NUMPAGES");

        DocxText acceptance = document(caseNumber, "acceptance-form");
        assertThat(acceptance.paragraphs().get(0)).isEqualTo(COMMITTEE);
        assertThat(acceptance.text()).contains("人民调解受理登记表", caseNumber, "群众来访", "渔业",
                "申请人：沈建国，男，汉族，1972年3月15日出生", "被申请人：钱小明，女，回族", "委托代理人钱大伟（13600001111）",
                "第三人：陈阿毛，拒绝提供其他信息：不愿提供", "菱湖渔业纠纷调处化解中心");

        DocxText first = document(caseNumber, "session-record/1");
        assertThat(first.text()).contains("人民调解记录", "第1次", AgreementDocumentIT.chinese(FIRST_HELD.toLocalDate()),
                "菱湖镇调解室", "沈建国、钱小明、陈阿毛", "第三人 陈阿毛（签名、盖章或按指印）：", "记录人（签名）：");
        assertThat(first.paragraphs()).as("each line of the summary its own paragraph")
                .contains("双方陈述各自意见", "申请人要求赔偿三万五千元");
        assertThat(document(caseNumber, "session-record/2").text()).contains("第2次", "村委会会议室");

        assertThat(document(caseNumber, "investigation-record").text()).contains("调查记录", caseNumber,
                "沈建国、钱小明、陈阿毛", "调查内容", "被调查人（签名、盖章或按指印）：");

        DocxText oral = document(caseNumber, "oral-agreement-registration");
        assertThat(oral.text()).contains("口头调解协议登记表", "履行方式：银行转账，一次付清", COMMITTEE + "（盖章）");
        assertThat(oral.paragraphs()).contains(AgreementDocumentIT.TERM_1, AgreementDocumentIT.TERM_2,
                AgreementDocumentIT.TERM_3);

        assertThat(document(caseNumber, "follow-up-record").text()).contains("回访记录", "已履行", "5分（满分5分）",
                "4分（满分5分）", "款项已全部付清");
    }

    @Test
    void declinedCaseHasTheNoticeOfNonAcceptance() {
        String caseNumber = AgreementDocumentIT.registerThreeParties(rest);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"DECLINE\", \"declineGround\": \"BEFORE_COURT\","
                + " \"reason\": \"申请人已向南浔区人民法院起诉\", \"directedTo\": \"南浔区人民法院\"}");

        assertThat(listed(MEDIATOR, caseNumber)).containsExactly("application", "non-acceptance-notice");
        DocxText notice = document(caseNumber, "non-acceptance-notice");
        assertThat(notice.paragraphs().get(0)).isEqualTo(COMMITTEE);
        assertThat(notice.text()).contains("不予受理告知书", "沈建国：", "与钱小明、陈阿毛之间的渔业纠纷",
                "申请人已向南浔区人民法院起诉", "本委员会决定不予受理", COMMITTEE + "（盖章）");
    }

    @Test
    void failedMediationHasTheNoticeOfTermination() {
        String caseNumber = AgreementDocumentIT.registerThreeParties(rest);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"FAILED\", \"note\": \"被申请人不同意任何赔偿方案\"}");

        assertThat(listed(MEDIATOR, caseNumber)).contains("termination-notice").doesNotContain("agreement");
        assertThat(document(caseNumber, "termination-notice").text()).contains("终止调解告知书",
                "沈建国、钱小明、陈阿毛：", "被申请人不同意任何赔偿方案", "本委员会决定终止调解", "第二十六条",
                COMMITTEE + "（盖章）");
        assertThat(download(MEDIATOR, caseNumber, "agreement").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void documentsTheCaseHasNotReachedOrDoesNotHaveAreRefused() throws Exception {
        String caseNumber = AgreementDocumentIT.registerThreeParties(rest);

        assertThat(listed(MEDIATOR, caseNumber)).containsExactly("application");
        ResponseEntity<byte[]> notice = download(MEDIATOR, caseNumber, "termination-notice");
        assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(new ObjectMapper().readTree(notice.getBody()).get("detail").asText()).contains("终止调解告知书");
        assertThat(download(MEDIATOR, caseNumber, "session-record/1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download(MEDIATOR, caseNumber, "cover").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void mediatorOfAnotherCentreGetsNeitherTheListNorADocument() {
        String caseNumber = AgreementDocumentIT.registerThreeParties(rest);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        recordSession(caseNumber, FIRST_HELD, "菱湖镇调解室", FIRST_SUMMARY);

        assertThat(ApiClient.as(rest, "feiying.mediator").get("/api/cases/" + caseNumber + "/documents").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (String document : List.of("application", "acceptance-form", "session-record/1", "investigation-record")) {
            assertThat(download("feiying.mediator", caseNumber, document).getStatusCode()).as(document)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void builtInTemplateDownloadsWithItsPlaceholdersForACentreToStartFrom() {
        ResponseEntity<byte[]> response = rest.withBasicAuth("linghu.manager", ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/document-templates/agreement", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(DocxText.of(response.getBody()).text()).contains("{{committee}}", "{{caseNumber}}", "{{?lastTerm}}",
                "{{parties}}", "[roleAndName]", "{{committee}}（盖章）");
    }

    private String followedUpOralAgreement() {
        String caseNumber = AgreementDocumentIT.registerThreeParties(rest);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        recordSession(caseNumber, FIRST_HELD, "菱湖镇调解室", FIRST_SUMMARY);
        recordSession(caseNumber, FIRST_HELD.plusDays(1), "陈邑村村委会会议室", "双方就赔偿数额达成一致");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        String terms = String.join("\\n", AgreementDocumentIT.TERM_1, AgreementDocumentIT.TERM_2,
                AgreementDocumentIT.TERM_3);
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"" + terms + "\", \"amount\": 30000,"
                + " \"performanceDeadline\": \"" + BusinessTime.today().plusDays(5) + "\", \"form\": \"ORAL\", \"effectiveOn\": \""
                + BusinessTime.today() + "\", \"judicialConfirmation\": false,"
                + " \"performanceMethod\": \"银行转账，一次付清\"}");
        workflow.fireTimer(caseNumber, "awaitFollowUp");
        workflow.work(MEDIATOR, caseNumber, "followUp", "{\"performed\": true, \"applicantSatisfaction\": 5,"
                + " \"respondentSatisfaction\": 4, \"note\": \"款项已全部付清\"}");
        return caseNumber;
    }

    private void recordSession(String caseNumber, LocalDateTime heldAt, String place, String summary) {
        String body = "{\"heldAt\": \"" + heldAt + "\", \"place\": \"" + place + "\", \"attendees\": \"沈建国、钱小明、调解员\","
                + " \"summary\": \"" + summary.replace("\n", "\\n") + "\", \"nextStep\": \"下周再次调解\"}";
        var response = ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/sessions", body);
        assertThat(response.getStatusCode()).as("session: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private List<String> listed(String user, String caseNumber) {
        JsonNode list = ApiClient.as(rest, user).get("/api/cases/" + caseNumber + "/documents").getBody();
        List<String> codes = new ArrayList<>();
        list.forEach(d -> codes.add(d.get("code").asText() + (d.has("sessionNo") ? "/" + d.get("sessionNo").asInt() : "")));
        return codes;
    }

    private DocxText document(String caseNumber, String document) {
        ResponseEntity<byte[]> response = download(MEDIATOR, caseNumber, document);
        assertThat(response.getStatusCode()).as(document).isEqualTo(HttpStatus.OK);
        return DocxText.of(response.getBody());
    }

    private ResponseEntity<byte[]> download(String user, String caseNumber, String document) {
        return rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/cases/" + caseNumber + "/documents/" + document, byte[].class);
    }
}
