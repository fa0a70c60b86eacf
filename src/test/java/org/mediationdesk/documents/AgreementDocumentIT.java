package org.mediationdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.mediationdesk.web.Downloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement document (调解协议书) downloaded over HTTP and read back with POI: what it says, who
 * may have it, and who sees the parties' full ID numbers.
 */
@ApplicationTest
class AgreementDocumentIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String APPLICANT_ID = "330503197203150012";
    private static final String APPLICANT_ID_MASKED = "330503********0012";
    private static final String TERMS = "钱小明赔偿沈建国鱼苗损失人民币三万元";
    private static final LocalDate DEADLINE = BusinessTime.today().plusDays(10);
    private static final LocalDate EFFECTIVE_ON = BusinessTime.today().minusDays(2);

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
    void agreementDocumentSaysWhatWasAgreedAndHasLinesToSign() throws IOException {
        String caseNumber = agreedCase();

        ResponseEntity<byte[]> response = download(MEDIATOR, caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(Downloads.DOCX);
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("调解协议书-" + caseNumber + ".docx");
        String text = text(response.getBody());
        assertThat(text).contains("人民调解协议书", "编号：" + caseNumber, "调解组织：菱湖渔业纠纷调处化解中心",
                "申请人", "沈建国", "被申请人", "钱小明", "鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡", TERMS,
                "涉及金额：人民币30,000.00元", "履行期限：于" + DEADLINE.getYear() + "年" + DEADLINE.getMonthValue()
                        + "月" + DEADLINE.getDayOfMonth() + "日前履行完毕", "协议形式：书面协议",
                "本协议一式三份，当事人各执一份，人民调解委员会留存一份。", "调解员（签名）：", "人民调解委员会（盖章）");
        assertThat(text.split("当事人（签名）：", -1)).as("one signature line per party").hasSize(3);
        assertThat(text).as("the law's rule for when it takes effect, and the seal dated the day it took effect")
                .contains(AgreementDocx.EFFECT_NOTE, "人民调解委员会（盖章）\n" + EFFECTIVE_ON.getYear() + "年"
                        + EFFECTIVE_ON.getMonthValue() + "月" + EFFECTIVE_ON.getDayOfMonth() + "日");
        assertThat(text).contains("138****1234").doesNotContain("13857201234");
    }

    @Test
    void everyRunNamesItsEastAsianFont() throws IOException {
        String caseNumber = agreedCase();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(MEDIATOR, caseNumber).getBody()))) {
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                    .isNotEmpty()
                    .allSatisfy(run -> assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia))
                            .isEqualTo(AgreementDocx.EAST_ASIAN_FONT));
        }
    }

    @Test
    void mediatorsAndManagersOfTheCentreSeeFullIdNumbersAndTheClerkSeesThemMasked() throws IOException {
        String caseNumber = agreedCase();

        String mediatorCopy = text(download(MEDIATOR, caseNumber).getBody());
        String managerCopy = text(download("linghu.manager", caseNumber).getBody());
        ResponseEntity<byte[]> clerkResponse = download("clerk", caseNumber);

        assertThat(mediatorCopy).contains(APPLICANT_ID);
        assertThat(managerCopy).contains(APPLICANT_ID);
        assertThat(clerkResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(clerkResponse.getBody())).contains(APPLICANT_ID_MASKED, "沈建国", TERMS)
                .doesNotContain(APPLICANT_ID);
    }

    @Test
    void mediatorOfAnotherCentreIsRefused() {
        String caseNumber = agreedCase();

        assertThat(download("feiying.mediator", caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void caseWithoutAnAgreementHasNoDocumentYet() throws IOException {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        ResponseEntity<byte[]> response = download(MEDIATOR, caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(new ObjectMapper().readTree(response.getBody()).get("detail").asText()).contains("尚未记录调解协议");
    }

    @Test
    void unknownCaseIsNotFound() {
        assertThat(download(MEDIATOR, "NX-2099-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String agreedCase() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"" + TERMS + "\", \"amount\": 30000,"
                + " \"performanceDeadline\": \"" + DEADLINE + "\", \"form\": \"WRITTEN\", \"effectiveOn\": \"" + EFFECTIVE_ON
                + "\", \"judicialConfirmation\": false}");
        return caseNumber;
    }

    private ResponseEntity<byte[]> download(String user, String caseNumber) {
        return rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/cases/" + caseNumber + "/agreement.docx", byte[].class);
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
