package org.mediationdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BrowserSession;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.mediationdesk.web.Downloads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement downloaded as the case page links it, with the signed-in page session (no HTTP Basic):
 * the same document and the same checks as the API's path.
 */
@ApplicationTest
class DocumentPageDownloadIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String APPLICANT_ID = "330503197203150012";

    @LocalServerPort
    int port;
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
    void signedInMediatorDownloadsTheAgreementWithThePageSession() throws Exception {
        String caseNumber = agreedCase();

        HttpResponse<byte[]> response = BrowserSession.signedIn(port, MEDIATOR)
                .download("/cases/" + caseNumber + "/agreement.docx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Downloads.DOCX);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(text(response.body())).contains("编号：" + caseNumber, APPLICANT_ID);
    }

    @Test
    void clerkGetsTheIdNumbersMaskedAsOverTheApi() throws Exception {
        String caseNumber = agreedCase();

        String text = text(BrowserSession.signedIn(port, "clerk").download("/cases/" + caseNumber + "/agreement.docx").body());

        assertThat(text).contains("330503********0012").doesNotContain(APPLICANT_ID);
    }

    @Test
    void mediatorOfAnotherCentreGetsTheForbiddenPage() throws Exception {
        String caseNumber = agreedCase();

        HttpResponse<String> response = BrowserSession.signedIn(port, "feiying.mediator")
                .page("/cases/" + caseNumber + "/agreement.docx");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("id=\"error-page\"").doesNotContain("钱小明");
    }

    @Test
    void caseWithoutAnAgreementAnswersConflictWithThePage() throws Exception {
        String caseNumber = workflow.registerFisheryDispute();

        HttpResponse<String> response = BrowserSession.signedIn(port, MEDIATOR)
                .page("/cases/" + caseNumber + "/agreement.docx");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("id=\"error-page\"");
    }

    @Test
    void withoutSigningInTheDownloadGoesToTheSignInPage() throws Exception {
        String caseNumber = agreedCase();
        var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/cases/" + caseNumber + "/agreement.docx")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String agreedCase() {
        String caseNumber = workflow.registerFisheryDispute();
        LocalDate today = BusinessTime.today();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"赔偿鱼苗损失\", \"amount\": 30000,"
                + " \"performanceDeadline\": \"" + today.plusDays(10) + "\", \"form\": \"WRITTEN\", \"effectiveOn\": \""
                + today + "\", \"judicialConfirmation\": false}");
        return caseNumber;
    }

    private static String text(byte[] docx) throws IOException {
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
