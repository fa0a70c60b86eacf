package org.mediationdesk.casefile;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispute carried from registration to closure through the pages alone, in Chinese, in headless
 * Chromium: the clerk registers it and sees where it went and why; the fishery centre's mediator
 * claims it from the queue, accepts it, records a session, the outcome, the agreement and the
 * follow-up; another centre's mediator gets the 403 page; the language switch shows English.
 */
@BrowserTest
class DisputeJourneyBrowserIT {

    private static final String APPLICANT = "沈阿根" + System.nanoTime() % 100000;
    private static final String SCRIPT_NAME = "<script>document.title='pwned'</script>";

    @LocalServerPort
    int port;

    @Test
    void disputeIsCarriedFromRegistrationToClosureThroughThePages() {
        String caseNumber;
        try (Chromium clerk = Chromium.at(port)) {
            caseNumber = registerAsClerk(clerk);
        }
        try (Chromium mediator = Chromium.at(port)) {
            mediator.signIn("linghu.mediator");
            claimFromTheQueue(mediator, caseNumber);
            workTheCase(mediator, caseNumber);
        }
        try (Chromium other = Chromium.at(port)) {
            other.signIn("feiying.mediator").open("/cases/" + caseNumber);
            assertThat(other.find(By.id("error-page")).getAttribute("data-status")).isEqualTo("403");
            assertThat(other.text(By.tagName("h1"))).isEqualTo("无权访问");
            other.screenshot("case-403-other-centre");
        }
    }

    private String registerAsClerk(Chromium browser) {
        browser.signIn("clerk").open("/cases/new");
        new Select(browser.find(By.id("type"))).selectByValue("FISHERY");
        browser.find(By.id("township")).sendKeys("菱湖镇");
        browser.find(By.id("village")).sendKeys("陈邑村");
        browser.find(By.id("description")).sendKeys("鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡，双方协商未果");
        browser.find(By.id("peopleInvolved")).clear();
        browser.find(By.id("peopleInvolved")).sendKeys("3");
        browser.find(By.id("amountInDispute")).sendKeys("30000");
        browser.find(By.id("parties0.name")).sendKeys(APPLICANT);
        browser.find(By.id("parties0.phone")).sendKeys("13857209876");
        browser.find(By.id("parties1.name")).sendKeys("钱阿发");
        browser.screenshot("register-filled");

        browser.click(By.id("add-party"));
        browser.find(By.id("parties2.name")).sendKeys(SCRIPT_NAME);
        new Select(browser.find(By.id("parties2.role"))).selectByValue("THIRD_PARTY");
        browser.click(By.id("register-submit"));

        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cases/NX-\\d{4}-\\d+$"));
        String caseNumber = browser.text(By.id("case-number"));
        assertThat(browser.text(By.id("flash"))).contains("已登记，案件编号 " + caseNumber);
        assertThat(browser.text(By.id("case-centre"))).isEqualTo("菱湖渔业纠纷调处化解中心");
        assertThat(browser.text(By.id("decisions")))
                .contains("分派至菱湖渔业纠纷调处化解中心")
                .contains("行业纠纷发生在行业调解中心服务区域内的由该行业中心调处");
        assertThat(browser.text(By.id("parties"))).contains(SCRIPT_NAME);
        assertThat(browser.driver().getTitle()).isNotEqualTo("pwned");
        browser.screenshot("case-registered");
        return caseNumber;
    }

    private void claimFromTheQueue(Chromium browser, String caseNumber) {
        browser.open("/tasks?scope=CENTRE&q=" + caseNumber);
        WebElement row = browser.find(By.cssSelector("tr[data-case='" + caseNumber + "']"));
        assertThat(row.getText()).contains("受理").contains("个工作日");
        browser.screenshot("tasks-centre-queue");

        browser.click(By.cssSelector("tr[data-case='" + caseNumber + "'] button.claim"));
        browser.waitUntil(d -> d.findElement(By.cssSelector("tr[data-case='" + caseNumber + "'] .claimed")));
        browser.screenshot("tasks-claimed-in-place");
        browser.click(By.cssSelector("tr[data-case='" + caseNumber + "'] a.btn-primary"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cases/" + caseNumber));
    }

    private void workTheCase(Chromium browser, String caseNumber) {
        browser.click(By.id("submit-acceptCase"));
        browser.waitForFlash("已办理");
        claimIfOffered(browser, "mediate");
        assertThat(browser.find(By.id("form-mediate")).isDisplayed()).isTrue();

        browser.click(By.id("open-session"));
        browser.waitUntil(d -> d.findElement(By.id("place")).isDisplayed()
                && d.findElements(By.cssSelector("#action-session.collapsing")).isEmpty());
        setValue(browser, By.id("heldAt"),
                BusinessTime.now().minusHours(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.find(By.id("place")).sendKeys("菱湖镇渔业纠纷调解室");
        browser.find(By.id("attendees")).sendKeys(APPLICANT + "、钱阿发、渔业协会调解员");
        browser.find(By.id("session-summary")).sendKeys("双方陈述排水经过，同意按鱼苗损失协商赔偿");
        browser.screenshot("case-session-form");
        browser.click(By.id("submit-session"));
        browser.waitForFlash("已记录调解过程");

        hearTheRequiredAgencies(browser);

        new Select(browser.find(By.id("outcome"))).selectByValue("AGREED");
        browser.click(By.id("submit-mediate"));
        browser.waitForFlash("已办理");

        browser.find(By.id("terms")).sendKeys("上游养殖户赔偿下游鱼苗损失人民币叁万元，于签订协议之日起履行完毕");
        browser.find(By.id("agreement-amount")).sendKeys("30000");
        setValue(browser, By.id("performanceDeadline"), BusinessTime.today().toString());
        setValue(browser, By.id("effectiveOn"), BusinessTime.today().toString());
        browser.click(By.id("submit-recordAgreement"));
        browser.waitForFlash("已办理");
        assertThat(browser.find(By.id("agreement-download")).getAttribute("href")).endsWith("/agreement.docx");
        browser.screenshot("case-agreement-recorded");

        // The follow-up visit falls due at the performance deadline (today): its timer fires at once.
        browser.waitUntil(Duration.ofSeconds(90), d -> {
            d.navigate().refresh();
            return !d.findElements(By.id("form-followUp")).isEmpty() || !d.findElements(By.id("claim-followUp")).isEmpty();
        });
        claimIfOffered(browser, "followUp");
        new Select(browser.find(By.id("performed"))).selectByValue("true");
        browser.find(By.id("applicantSatisfaction")).sendKeys("5");
        browser.find(By.id("respondentSatisfaction")).sendKeys("4");
        browser.click(By.id("submit-followUp"));
        browser.waitForFlash("已办理");

        assertThat(browser.text(By.id("case-status"))).isEqualTo("已结案");
        assertThat(browser.text(By.id("timeline"))).contains("登记", "分流", "认领", "调解记录", "调解结果", "调解协议", "回访", "结案");
        assertThat(browser.text(By.id("no-open-tasks"))).isEqualTo("本案当前没有待办事项");
        browser.screenshot("case-closed");

        browser.click(By.id("lang-en"));
        browser.waitUntil(d -> d.findElement(By.id("case-status")).getText().equals("Closed"));
        assertThat(browser.text(By.id("timeline-section"))).contains("Timeline").contains("Follow-up visit");
        browser.screenshot("case-closed-en");
        browser.click(By.id("lang-zh"));
    }

    /**
     * 联合调解: the rules require the fishery association and the agriculture bureau, so agreeing before
     * they are asked is refused naming both; the agencies form comes with them ticked, and each answers.
     */
    private static void hearTheRequiredAgencies(Chromium browser) {
        assertThat(browser.text(By.id("joint-outstanding"))).contains("渔业协会", "农业农村局");
        new Select(browser.find(By.id("outcome"))).selectByValue("AGREED");
        browser.click(By.id("submit-mediate"));
        browser.waitForFlash("须联合调解的部门尚未全部参与");
        assertThat(browser.text(By.id("flash"))).contains("渔业协会", "农业农村局");
        browser.screenshot("case-agencies-outstanding");

        browser.click(By.id("open-agencies"));
        browser.waitUntil(d -> d.findElement(By.id("submit-agencies")).isDisplayed()
                && d.findElements(By.cssSelector("#action-agencies.collapsing")).isEmpty());
        browser.click(By.id("submit-agencies"));
        browser.waitForFlash("已邀请部门参加联合调解");
        assertThat(browser.text(By.id("required-agencies"))).contains("待回复").doesNotContain("未邀请");

        while (!browser.driver().findElements(By.id("claim-agencyOpinion")).isEmpty()) {
            browser.click(By.id("claim-agencyOpinion"));
            browser.waitForFlash("已认领");
        }
        for (String agency : List.of("FISHERY_ASSOCIATION", "AGRICULTURE_RURAL")) {
            browser.find(By.id("opinion-" + agency)).sendKeys("同意按鱼苗损失协商赔偿");
            browser.click(By.cssSelector("#form-agencyOpinion-" + agency + " button[type=submit]"));
            browser.waitUntil(d -> d.findElements(By.id("form-agencyOpinion-" + agency)).isEmpty());
        }
        assertThat(browser.text(By.id("required-agencies"))).contains("已回复").doesNotContain("待回复");
        assertThat(browser.driver().findElements(By.id("joint-outstanding"))).isEmpty();
    }

    private static void claimIfOffered(Chromium browser, String stage) {
        if (!browser.driver().findElements(By.id("claim-" + stage)).isEmpty()) {
            browser.click(By.id("claim-" + stage));
            browser.waitForFlash("已认领");
        }
        assertThat(browser.driver().findElements(By.id("form-" + stage)))
                .as("the %s form for linghu.mediator (task: %s)", stage, browser.text(By.id("work"))).isNotEmpty();
    }


    /** Date and time inputs take typed keys in the browser's locale; set the ISO value directly. */
    private static void setValue(Chromium browser, By field, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.find(field), value);
    }
}
