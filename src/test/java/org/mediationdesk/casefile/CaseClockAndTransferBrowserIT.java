package org.mediationdesk.casefile;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fishery centre's mediator, in headless Chromium, pauses a case's mediation clock and resumes it, extends
 * the period, and transfers the case to the township sub-centre: afterwards the case is no longer theirs to open,
 * so the page takes them back to their tasks.
 */
@BrowserTest
class CaseClockAndTransferBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void mediatorPausesResumesExtendsAndTransfersACaseThroughThePage() {
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("linghu.mediator").open("/cases/" + caseNumber);
            openPanel(browser, "open-clock", "pause-reason");
            new Select(browser.find(By.id("pause-reason"))).selectByValue("AWAITING_EVIDENCE");
            browser.find(By.id("pause-note")).sendKeys("等待渔业站出具鱼苗死亡鉴定");
            browser.click(By.id("submit-pause"));
            browser.waitForFlash("调解期限已暂停");
            assertThat(browser.text(By.id("case-paused"))).isEqualTo("调解期限已暂停");
            browser.screenshot("case-paused");

            openPanel(browser, "open-clock", "submit-resume");
            browser.click(By.id("submit-resume"));
            browser.waitForFlash("调解期限已恢复计时");
            assertThat(browser.driver().findElements(By.id("case-paused"))).isEmpty();

            openPanel(browser, "open-clock", "workingDays");
            browser.find(By.id("workingDays")).sendKeys("10");
            browser.find(By.id("extension-reason")).sendKeys("双方同意延长调解期限");
            browser.click(By.id("submit-extension"));
            browser.waitForFlash("调解期限已延长");

            openPanel(browser, "open-transfer", "transfer-centre");
            new Select(browser.find(By.id("transfer-centre"))).selectByValue("NX-LINGHU");
            browser.find(By.id("transfer-reason")).sendKeys("纠纷涉及土地承包，由镇分中心调处");
            browser.click(By.id("submit-transfer"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/tasks"));
            browser.waitForFlash("已移交");
            browser.screenshot("case-transferred-back-to-tasks");
        }

        assertThat(workflow.caseAs("nanxun.manager", caseNumber).at("/centre/code").asText()).isEqualTo("NX-LINGHU");
        assertThat(String.join("\n", workflow.caseAs("nanxun.manager", caseNumber).get("events").findValuesAsText("note")))
                .contains("等待证据：等待渔业站出具鱼苗死亡鉴定", "延长 10 个工作日", "双方同意延长调解期限",
                        "移交菱湖镇社会矛盾纠纷调处化解分中心：纠纷涉及土地承包，由镇分中心调处");
    }

    /** Opens an accordion panel and waits until its animation has finished and {@code field} shows. */
    private static void openPanel(Chromium browser, String toggle, String field) {
        browser.click(By.id(toggle));
        browser.waitUntil(d -> d.findElement(By.id(field)).isDisplayed()
                && d.findElements(By.cssSelector(".accordion-collapse.collapsing")).isEmpty());
    }
}
