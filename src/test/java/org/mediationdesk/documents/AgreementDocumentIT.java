package org.mediationdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.mediationdesk.web.Downloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement document (人民调解协议书) downloaded over HTTP and read back with POI: what the standard
 * form asks (the committee, the parties' details and agents, terms as paragraphs, how and by when it is
 * performed, signature lines, the seal line naming the committee, page numbers), who may have it, and
 * who sees the parties' full ID numbers and phones.
 */
@ApplicationTest
class AgreementDocumentIT {

    static final String MEDIATOR = "linghu.mediator";
    static final String COMMITTEE = "南浔区菱湖镇人民调解委员会";
    private static final String APPLICANT_ID = "330503197203150012";
    private static final String APPLICANT_ID_MASKED = "330503********0012";
    static final String TERM_1 = "一、钱小明赔偿沈建国鱼苗损失人民币三万元";
    static final String TERM_2 = "二、钱小明今后排水前提前一日告知下游养殖户";
    static final String TERM_3 = "三、双方就本纠纷再无其他争议";
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
    void agreementFollowsTheStandardFormWithTheCommitteeThePartiesDetailsAndPageNumbers() {
        String caseNumber = agreedCase(workflow, rest, "WRITTEN");

        ResponseEntity<byte[]> response = download(MEDIATOR, caseNumber);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString(Downloads.DOCX);
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("人民调解协议书-" + caseNumber + ".docx");
        DocxText docx = DocxText.of(response.getBody());
        assertThat(docx.paragraphs().get(0)).as("the committee issues it, not the centre").isEqualTo(COMMITTEE);
        assertThat(docx.text()).contains("人民调解协议书", "编号：" + caseNumber,
                "申请人\n沈建国", "男\n汉族", "1972年3月15日", "渔民", "湖州市南浔区菱湖镇陈邑村8组12号",
                "被申请人\n钱小明", "女\n回族", "湖州市菱湖水产养殖专业合作社", "钱大伟（委托代理人）\n13600001111",
                "第三人\n陈阿毛", "鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡", "涉及金额：人民币30,000.00元。",
                "履行方式：银行转账，一次付清", "履行期限：于" + chinese(DEADLINE) + "前履行完毕。",
                "本协议一式四份，当事人各执一份，人民调解委员会留存一份。", DocumentModel.EFFECT_NOTE,
                "人民调解员（签名）：", "记录人（签名）：", COMMITTEE + "（盖章）\n" + chinese(EFFECTIVE_ON))
                .doesNotContain("调处化解中心", "协议形式");
        assertThat(docx.paragraphs()).as("each numbered term its own paragraph").contains(TERM_1, TERM_2, TERM_3);
        assertThat(docx.text().split("（签名、盖章或按指印）：", -1)).as("one signature line per party").hasSize(4);
        assertThat(docx.text()).as("the parties' own copy prints the phone whole").contains("13857201234");
        assertThat(docx.footerXml()).contains("PAGE", "NUMPAGES", "第 ", " 页 共 ");
    }

    @Test
    void everyRunNamesAnEastAsianFont() throws IOException {
        String caseNumber = agreedCase(workflow, rest, "WRITTEN");

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(MEDIATOR, caseNumber).getBody()))) {
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
                    .isNotEmpty()
                    .allSatisfy(run -> assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isNotBlank());
        }
    }

    @Test
    void mediatorsAndManagersOfTheCentreSeeFullIdNumbersAndTheClerkSeesThemMasked() {
        String caseNumber = agreedCase(workflow, rest, "WRITTEN");

        String mediatorCopy = DocxText.of(download(MEDIATOR, caseNumber).getBody()).text();
        String managerCopy = DocxText.of(download("linghu.manager", caseNumber).getBody()).text();
        ResponseEntity<byte[]> clerkResponse = download("clerk", caseNumber);

        assertThat(mediatorCopy).contains(APPLICANT_ID);
        assertThat(managerCopy).contains(APPLICANT_ID, "13857201234");
        assertThat(clerkResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(DocxText.of(clerkResponse.getBody()).text()).contains(APPLICANT_ID_MASKED, "138****1234", "沈建国", TERM_1)
                .doesNotContain(APPLICANT_ID, "13857201234", "13600001111");
    }

    @Test
    void mediatorOfAnotherCentreIsRefused() {
        String caseNumber = agreedCase(workflow, rest, "WRITTEN");

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

    /**
     * A fishery dispute between three parties, with the details the forms ask (the respondent through an
     * entrusted agent, the third party declining to give more), carried to a recorded agreement.
     */
    static String agreedCase(Workflow workflow, TestRestTemplate rest, String form) {
        String caseNumber = registerThreeParties(rest);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        String terms = String.join("\\n", TERM_1, TERM_2, TERM_3);
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"" + terms + "\", \"amount\": 30000,"
                + " \"performanceDeadline\": \"" + DEADLINE + "\", \"form\": \"" + form + "\", \"effectiveOn\": \""
                + EFFECTIVE_ON + "\", \"judicialConfirmation\": false, \"performanceMethod\": \"银行转账，一次付清\"}");
        return caseNumber;
    }

    static String registerThreeParties(TestRestTemplate rest) {
        ObjectNode body = Disputes.fisheryDisputeInLinghu();
        Disputes.party(body, 0).putObject("details").put("sex", "MALE").put("ethnicity", "汉族")
                .put("occupation", "渔民").put("address", "湖州市南浔区菱湖镇陈邑村8组12号");
        Disputes.party(body, 1).putObject("details").put("sex", "FEMALE").put("ethnicity", "回族")
                .put("birthDate", "1980-06-01").put("occupation", "湖州市菱湖水产养殖专业合作社")
                .put("agentName", "钱大伟").put("agentCapacity", "委托代理人").put("agentPhone", "13600001111");
        body.withArray("parties").addObject().put("role", "THIRD_PARTY").put("kind", "PERSON").put("name", "陈阿毛")
                .putObject("details").put("refusedReason", "不愿提供");
        var response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).as("registered: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private ResponseEntity<byte[]> download(String user, String caseNumber) {
        return rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/cases/" + caseNumber + "/agreement.docx", byte[].class);
    }
}
