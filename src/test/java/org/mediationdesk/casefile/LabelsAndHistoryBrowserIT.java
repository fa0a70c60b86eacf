package org.mediationdesk.casefile;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels, not codes; people, not logins; in headless Chromium: the history the system wrote reads in
 * English for an English reader and in Chinese for a Chinese one, the task list shows a mediator's
 * columns, a long text box counts its characters, and a submitted form shows it is busy.
 */
@BrowserTest
class LabelsAndHistoryBrowserIT {

    private static final String MEDIATOR_NAME = "徐海林（渔业调解员）";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void englishReaderSeesTheSystemsHistoryInEnglishAndPeopleByName() {
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.concludeMediation("linghu.mediator", caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方同意赔偿\"}");

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("linghu.mediator").open("/cases/" + caseNumber + "?lang=en");
            String history = browser.text(By.id("timeline"));
            assertThat(history).contains("Routed to", "Accepted", "Assigned to ", "双方同意赔偿")
                    .doesNotContain("分派至", "已受理", "AGREED", "linghu.mediator", "system");
            assertThat(browser.text(By.id("decisions"))).doesNotContain("「」", "LOW", "MEDIUM", "[");
            assertThat(browser.text(By.id("task-recordAgreement"))).as("the agreement task has a due date").contains("due ");
            browser.screenshot("case-history-english");

            browser.open("/cases/" + caseNumber + "?lang=zh_CN");
            assertThat(browser.text(By.id("timeline")))
                    .contains("分派至菱湖渔业纠纷调处化解中心", "已受理", "分派给", "调解成功，达成协议：双方同意赔偿")
                    .doesNotContain("Routed to", "AGREED");
            assertThat(browser.text(By.id("task-recordAgreement"))).contains("办理人：").doesNotContain("linghu.");
        }
    }

    @Test
    void taskListShowsPartiesRiskHolderRegistrationAndDueDate() {
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("linghu.mediator").open("/tasks?scope=CENTRE&q=" + caseNumber);
            WebElement row = browser.find(By.cssSelector("tr[data-case='" + caseNumber + "']"));
            assertThat(row.findElement(By.className("task-parties")).getText()).contains("沈建国", "钱小明");
            assertThat(row.findElement(By.className("task-risk")).getText()).isNotBlank().doesNotContain("LOW");
            assertThat(row.findElement(By.className("task-assignee")).getText()).isEqualTo("待认领");
            assertThat(row.findElement(By.className("task-registered")).getText()).isEqualTo(BusinessTime.today().toString());
            assertThat(row.findElement(By.className("task-due")).getText()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                    .containsPattern("剩 \\d+ 个工作日");
            browser.screenshot("task-list-columns");

            workflow.claim("linghu.mediator", workflow.task(caseNumber, "acceptCase").getId());
            browser.open("/tasks?q=" + caseNumber);
            assertThat(browser.find(By.cssSelector("tr[data-case='" + caseNumber + "'] .task-assignee")).getText())
                    .isEqualTo(MEDIATOR_NAME);
        }
    }

    @Test
    void longTextBoxCountsItsCharactersAndASubmittedFormShowsItIsBusy() {
        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("clerk").open("/cases/new");
            browser.find(By.id("description")).sendKeys("鱼塘排水纠纷");
            assertThat(browser.text(By.id("description-length"))).isEqualTo("6 / 2000");

            // Keep the page here after the submit, so the busy state can be seen before the next page replaces it.
            browser.script("document.getElementById('register-form').addEventListener('submit', e => e.preventDefault())");
            browser.click(By.id("register-submit"));
            WebElement submit = browser.find(By.id("register-submit"));
            browser.waitUntil(d -> !submit.isEnabled());
            assertThat(browser.find(By.id("register-form")).getAttribute("aria-busy")).isEqualTo("true");
            assertThat(submit.findElements(By.className("busy-spinner"))).hasSize(1);
            browser.screenshot("register-busy");
        }
    }
}
