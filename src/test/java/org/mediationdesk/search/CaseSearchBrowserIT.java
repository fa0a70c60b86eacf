package org.mediationdesk.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case search page and the agreement download in headless Chromium: a clerk reaches 查询案件 from
 * the navigation, finds a closed case by a word from the middle of its description, reads labels,
 * names and masked numbers, and opens it; a mediator downloads the agreement from the case page with
 * the page session alone.
 */
@BrowserTest
class CaseSearchBrowserIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void clerkFindsAClosedCaseByAWordOfItsDescriptionAndOpensIt() {
        String marker = marker();
        Workflow workflow = new Workflow(rest, engine);
        String caseNumber = register("上游养殖户" + marker + "排水致下游鱼苗死亡");
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"DECLINE\", \"reason\": \"已起诉\","
                + " \"declineGround\": \"BEFORE_COURT\", \"directedTo\": \"南浔区人民法院\"}");

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("clerk");
            browser.click(By.cssSelector("#navbar a[href='/cases']"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cases"));
            browser.find(By.id("search-words")).sendKeys(marker.substring(2, 6) + " 排水");
            new Select(browser.find(By.id("search-status"))).selectByValue("CLOSED");
            browser.click(By.id("search-submit"));
            // The list before the search may show the case too: wait for the searched page, not a row of the old one.
            browser.waitUntil(d -> d.getCurrentUrl().contains("status=CLOSED"));

            WebElement row = browser.find(By.cssSelector("#search-results tr[data-case='" + caseNumber + "']"));
            assertThat(browser.text(By.id("search-total"))).isEqualTo("共 1 件");
            assertThat(row.findElement(By.className("status")).getText()).isEqualTo("已结案");
            assertThat(row.getText()).contains("渔业", "沈建国", "申请人", "330503********0012", "菱湖渔业纠纷调处化解中心")
                    .doesNotContain("330503197203150012", "CLOSED", "FISHERY");
            browser.screenshot("case-search-results");

            row.findElement(By.linkText(caseNumber)).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cases/" + caseNumber));
            assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
        }
    }

    @Test
    void aBadDateIsShownBesideItsField() {
        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("feiying.mediator").open("/cases?from=2026-02-30&words=x");

            assertThat(browser.text(By.cssSelector(".invalid-feedback[data-field='from']"))).contains("不是日期");
            assertThat(browser.driver().findElements(By.id("search-results"))).isEmpty();
            browser.screenshot("case-search-bad-date");
        }
    }

    @Test
    void mediatorDownloadsTheAgreementFromTheCasePage() throws IOException {
        String caseNumber = agreedCase();
        Path downloads = Files.createTempDirectory("mediationdesk-downloads-");

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn(MEDIATOR).open("/cases/" + caseNumber);
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.click(By.id("agreement-download"));
            Path file = browser.waitUntil(d -> finishedDownload(downloads).orElse(null));

            assertThat(file.getFileName().toString()).isEqualTo("人民调解协议书-" + caseNumber + ".docx");
            try (InputStream in = Files.newInputStream(file); var doc = new XWPFDocument(in);
                 var extractor = new XWPFWordExtractor(doc)) {
                assertThat(extractor.getText()).contains("人民调解协议书", "编号：" + caseNumber);
            }
        }
    }

    private String agreedCase() {
        Workflow workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", "{\"terms\": \"赔偿鱼苗损失\", \"amount\": 30000,"
                + " \"performanceDeadline\": \"" + BusinessTime.today().plusDays(10) + "\", \"form\": \"WRITTEN\","
                + " \"effectiveOn\": \"" + BusinessTime.today() + "\", \"judicialConfirmation\": false}");
        return caseNumber;
    }

    private String register(String description) {
        ObjectNode body = Disputes.fisheryDisputeInLinghu().put("description", description);
        ResponseEntity<JsonNode> response = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("caseNumber").asText();
    }

    /** A .docx that Chromium has finished writing (it writes a .crdownload first). */
    private static Optional<Path> finishedDownload(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".docx")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String marker() {
        long n = ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        StringBuilder marker = new StringBuilder();
        for (char digit : Long.toString(n).toCharArray()) {
            marker.append(STEMS.charAt(digit - '0'));
        }
        return marker.toString();
    }
}
