package org.mediationdesk.rulesets;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.RuleSetDrafts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the DRL editor, a draft that reaches for the file system is refused at the line that does it:
 * the problem names what is not allowed, and following it marks that line in the editor.
 */
@BrowserTest
class RuleSandboxBrowserIT {

    private static final String WRITES_A_FILE = """

            function boolean leaks(String text) {
                java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/leak"), text);
                return false;
            }
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void editorShowsTheRefusalAtTheLineThatReachesForTheFileSystem() {
        RuleSetDrafts drafts = new RuleSetDrafts(rest);
        long draft = drafts.draft("author");
        try (Chromium author = Chromium.at(port)) {
            author.signIn("author").open("/rulesets/" + draft + "?file=rules/triage.drl");
            String triage = (String) js(author, "return drlEditor.getValue();");
            String hostile = triage + WRITES_A_FILE;
            int line = hostile.lines().toList().indexOf(hostile.lines()
                    .filter(text -> text.contains("Files.writeString")).findFirst().orElseThrow()) + 1;
            js(author, "drlEditor.setValue(arguments[0]);", hostile);
            js(author, "var b = document.getElementById('save-validate'); b.scrollIntoView({block: 'center'}); b.click();");

            WebElement problem = author.find(By.cssSelector(".problem-link[data-line='" + line + "']"));
            assertThat(problem.getText()).isEqualTo("rules/triage.drl:" + line);
            assertThat(author.driver().findElements(By.cssSelector(".problem-link[data-line='" + line + "'] + span")))
                    .extracting(WebElement::getText).contains("不允许在规则中使用 java.nio.file.Files");
            problem.click();
            assertThat((String) js(author, "return drlEditor.lineInfo(arguments[0]).bgClass || '';", line - 1))
                    .contains("cm-error-line");
            author.screenshot("rules-policy-refusal");
        }
    }

    private static Object js(Chromium browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
