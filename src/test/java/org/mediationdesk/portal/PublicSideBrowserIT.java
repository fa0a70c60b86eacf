package org.mediationdesk.portal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.notifications.MessageStandIns;
import org.mediationdesk.notifications.SignedSmsRequests;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.QrImages;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party, in headless Chromium at a phone's width (390 × 844), asks a code, types the one the SMS stand-in received,
 * applies, and gets the case number and a QR code that decodes to the case's status link; once the fishery centre's
 * mediator accepted the case and planned a session, the party looks the case up by number, phone and a new code and
 * sees the stage and the session, and the stand-in received the acceptance (with the number and link) and the
 * session's invitation.
 */
@BrowserTest
class PublicSideBrowserIT extends MessageStandIns {

    private static final String MEDIATOR = "linghu.mediator";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void partyAppliesFromAPhoneScansTheQrCodeAndFollowsTheCaseAfterASessionIsPlanned() throws Exception {
        SMS.stubFor(post(urlEqualTo("/sms")).andMatching(new SignedSmsRequests(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
                .willReturn(okJson("{\"Code\": \"OK\", \"Message\": \"OK\", \"BizId\": \"1\"}")));
        String phone = PartyBrowser.newPhone();
        String caseNumber;
        String statusLink;
        try (Chromium browser = Chromium.phoneAt(port)) {
            browser.open("/public");
            browser.click(By.id("public-apply"));
            browser.find(By.id("phone")).sendKeys(phone);
            browser.click(By.id("send-code"));
            browser.find(By.id("code")).sendKeys(PartyBrowser.lastCodeTo(phone));
            browser.screenshot("public-code-phone");
            browser.click(By.id("check-code"));

            new Select(browser.find(By.id("type"))).selectByValue("FISHERY");
            new Select(browser.find(By.id("countyCode"))).selectByValue("330503");
            browser.find(By.id("township")).sendKeys("菱湖镇");
            browser.find(By.id("description")).sendKeys("鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡");
            browser.find(By.id("applicantName")).sendKeys("沈建国");
            browser.find(By.id("applicantIdNumber")).sendKeys("330503197203150012");
            browser.find(By.id("respondentName")).sendKeys("钱小明");
            assertNoSidewaysScrolling(browser);
            browser.screenshot("public-apply-phone");
            browser.click(By.id("submit-application"));

            caseNumber = browser.text(By.id("applied-case"));
            assertThat(caseNumber).isNotBlank();
            statusLink = decodeQr(browser.find(By.id("case-qr")).getAttribute("src"));
            assertNoSidewaysScrolling(browser);
            browser.screenshot("public-applied-phone");
        }
        assertThat(statusLink).endsWith("/public/cases/" + caseNumber).startsWith("http");

        Workflow workflow = new Workflow(rest, engine);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        LocalDateTime startsAt = BusinessTime.now().plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
        assertThat(ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/planned-sessions",
                "{\"startsAt\": \"" + startsAt + "\", \"place\": \"菱湖镇调解室\"}").getStatusCode().is2xxSuccessful())
                .isTrue();
        // A minute passes before the party asks another code.
        jdbc.update("UPDATE public_attempt SET at = ? WHERE subject_key = ?", BusinessTime.now().minusMinutes(2),
                cipher.phoneLookup(phone));

        try (Chromium browser = Chromium.phoneAt(port)) {
            browser.open(URI.create(statusLink).getPath());
            assertThat(browser.text(By.id("lookup-case"))).isEqualTo(caseNumber);
            browser.find(By.id("phone")).sendKeys(phone);
            browser.click(By.id("send-code"));
            String code = PartyBrowser.codeTextTo(phone, 2);
            browser.find(By.id("code")).sendKeys(code);
            browser.click(By.id("check-code"));

            assertThat(browser.text(By.id("public-stage"))).isEqualTo("调解中");
            assertThat(browser.text(By.id("public-centre"))).isEqualTo("菱湖渔业纠纷调处化解中心");
            assertThat(browser.text(By.id("public-sessions")))
                    .contains(startsAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), "菱湖镇调解室");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("钱小明");
            assertNoSidewaysScrolling(browser);
            browser.screenshot("public-case-phone");
        }

        sendDueMessages();
        LoggedRequest accepted = awaitText(phone, "SMS_CASE_ACCEPTED");
        assertThat(PartyBrowser.param(accepted, "caseNumber")).isEqualTo(caseNumber);
        assertThat(PartyBrowser.param(accepted, "link")).endsWith("/public/cases/" + caseNumber);
        LoggedRequest invitation = awaitText(phone, "SMS_SESSION_INVITATION");
        assertThat(PartyBrowser.param(invitation, "place")).isEqualTo("菱湖镇调解室");
    }

    /** The text of {@code template} the stand-in received for {@code phone}, waiting a few seconds at most. */
    private static LoggedRequest awaitText(String phone, String template) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<LoggedRequest> texts = PartyBrowser.textsTo(phone).stream()
                    .filter(text -> template.equals(PartyBrowser.body(text).get("TemplateCode").asText())).toList();
            if (!texts.isEmpty()) {
                return texts.get(0);
            }
            assertThat(Instant.now()).as("%s to %s", template, phone).isBefore(until);
            Thread.sleep(500);
        }
    }

    private static String decodeQr(String dataUri) throws Exception {
        assertThat(dataUri).startsWith("data:image/png;base64,");
        return QrImages.read(dataUri);
    }

    private static void assertNoSidewaysScrolling(Chromium phone) {
        Number overflow = (Number) phone.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
    }
}
