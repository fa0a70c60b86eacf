package org.mediationdesk.rulesets;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.RuleSetDrafts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule author's whole path in headless Chromium: a draft, a compile error shown at its line in
 * the editor, the fix, scenarios, a simulation on past cases, submission; {@code admin} approves,
 * and a new case follows the new rule.
 */
@BrowserTest
class RuleAuthoringBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void authorFixesACompileErrorSimulatesAndAfterAdminApprovesNewCasesFollowTheNewRule() {
        RuleSetDrafts drafts = new RuleSetDrafts(rest);
        long original = drafts.publishedVersion();
        String pastCase = register().get("caseNumber").asText();
        try {
            long draft;
            try (Chromium author = Chromium.at(port)) {
                author.signIn("author").open("/rulesets");
                author.find(By.id("comment")).sendKeys("试行：标明试行新规的渔业纠纷改由县级中心调处");
                author.find(By.cssSelector("#new-draft button[type=submit]")).click();
                author.waitUntil(d -> author.currentPath().matches("/rulesets/\\d+.*"));
                draft = Long.parseLong(author.currentPath().replaceAll("^/rulesets/(\\d+).*$", "$1"));

                author.open("/rulesets/" + draft + "?file=rules/routing.drl");
                String routing = (String) js(author, "return drlEditor.getValue();");
                String broken = routing + RuleSetDrafts.TRIAL_RULE.replace("description.contains(\"试行新规\")", "peopleInvolved >= ");
                int brokenLine = lineOf(broken, "peopleInvolved >= )");
                js(author, "drlEditor.setValue(arguments[0]);", broken);
                click(author, "save-validate");
                WebElement error = author.find(By.cssSelector(".problem-link[data-line='" + brokenLine + "']"));
                assertThat(error.getText()).isEqualTo("rules/routing.drl:" + brokenLine);
                error.click();
                assertThat(((Number) js(author, "return drlEditor.getCursor().line;")).intValue() + 1).isEqualTo(brokenLine);
                author.screenshot("rules-compile-error");

                js(author, "drlEditor.setValue(arguments[0]);", routing + RuleSetDrafts.TRIAL_RULE);
                click(author, "save-validate");
                // Saving compiles the draft: on a loaded machine that takes longer than the usual 15 s wait.
                new WebDriverWait(author.driver(), Duration.ofSeconds(120)).ignoring(NoSuchElementException.class)
                        .until(d -> d.findElement(By.id("problems")).getText().contains("没有错误"));

                author.find(By.id("path")).clear();
                author.find(By.id("path")).sendKeys("rules/scenarios/authors.csv");
                js(author, "drlEditor.setValue(arguments[0]);", RuleSetDrafts.TRIAL_SCENARIOS);
                click(author, "save");
                author.waitUntil(d -> author.currentPath().contains("authors.csv"));
                click(author, "run-scenarios");
                assertThat(author.text(By.id("scenario-counts"))).endsWith("未通过 0 行");

                author.open("/rulesets/" + draft);
                js(author, "document.getElementById('from').value = arguments[0];", BusinessTime.today().minusDays(1).toString());
                click(author, "simulate");
                new WebDriverWait(author.driver(), Duration.ofSeconds(120))
                        .until(d -> !d.findElements(By.id("simulation-summary")).isEmpty());
                assertThat(author.text(By.id("simulation-summary"))).contains("分流不同");
                assertThat(author.find(By.cssSelector("#simulated-cases tr[data-case='" + pastCase + "']")).getText())
                        .contains("NX-LINGHU-FISHERY → NX-COUNTY");
                author.screenshot("rules-simulation");

                author.open("/rulesets/" + draft);
                author.find(By.id("submit-comment")).sendKeys("请审核");
                click(author, "submit-button");
                author.waitUntil(d -> d.findElement(By.id("approve-form")) != null);
                assertThat(author.find(By.id("approve-form")).isDisplayed()).isTrue();
            }
            try (Chromium admin = Chromium.at(port)) {
                admin.signIn("admin").open("/rulesets/" + draft);
                admin.find(By.id("approve-comment")).sendKeys("同意试行");
                click(admin, "approve-button");
                admin.waitUntil(d -> d.findElement(By.id("status")).getText().equals("已发布"));
                admin.screenshot("rules-published");
            }

            assertThat(register().at("/centre/code").asText()).isEqualTo("NX-COUNTY");
        } finally {
            drafts.restore(original);
        }
    }

    private JsonNode register() {
        var body = Disputes.fisheryDisputeInLinghu().put("description", RuleSetDrafts.MARKER + "：鱼塘纠纷");
        return ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody();
    }

    /** Scrolls the element to the middle first: the editor may leave a button under the footer. */
    private static void click(Chromium browser, String id) {
        js(browser, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.find(By.id(id)));
    }

    private static Object js(Chromium browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
