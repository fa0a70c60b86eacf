package org.mediationdesk.attachments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fishery centre's mediator, in headless Chromium, attaches a photo of the site to a case in mediation by
 * choosing it, then a second one by dropping it on the page, and withdraws one; the files come back as sent.
 */
@BrowserTest
class AttachmentBrowserIT {

    private static final String MEDIATOR = "linghu.mediator";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @TempDir
    Path folder;

    @Test
    void mediatorAttachesAPhotoDuringMediationByChoosingAndByDropping() throws IOException {
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        Path photo = Files.write(folder.resolve("鱼塘现场.png"), SampleFiles.png());

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn(MEDIATOR).open("/cases/" + caseNumber);
            browser.find(By.id("attachment-file")).sendKeys(photo.toAbsolutePath().toString());
            new Select(browser.find(By.id("attachment-category"))).selectByValue("SITE_PHOTO");
            browser.click(By.id("attachment-submit"));
            browser.waitForFlash("已上传附件“鱼塘现场.png”");
            assertThat(browser.text(By.id("attachment-list"))).contains("鱼塘现场.png", "现场照片", "调解中");

            browser.script("""
                    const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                    const files = new DataTransfer();
                    files.items.add(new File([bytes], '围网.jpg', {type: 'image/jpeg'}));
                    document.getElementById('attachment-drop')
                        .dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));
                    """, Base64.getEncoder().encodeToString(SampleFiles.jpeg()));
            assertThat(browser.text(By.id("attachment-drop"))).isEqualTo("围网.jpg");
            browser.click(By.id("attachment-submit"));
            browser.waitForFlash("已上传附件“围网.jpg”");
            browser.screenshot("case-attachments");

            browser.find(By.cssSelector(".attachment-withdraw input[name=reason]")).sendKeys("照片拍错了");
            browser.click(By.cssSelector(".attachment-withdraw button"));
            browser.waitForFlash("附件已撤回");
            assertThat(browser.text(By.id("attachment-list"))).contains("已撤回", "照片拍错了");
        }

        JsonNode files = AttachmentUploads.as(rest, MEDIATOR).list(caseNumber).getBody();
        assertThat(files.findValuesAsText("fileName")).containsExactly("鱼塘现场.png", "围网.jpg");
        assertThat(files.findValuesAsText("mediaType")).containsExactly("image/png", "image/jpeg");
        assertThat(SampleFiles.sha256(AttachmentUploads.as(rest, MEDIATOR).download(caseNumber,
                files.get(1).get("id").asLong()).getBody())).isEqualTo(SampleFiles.sha256(SampleFiles.jpeg()));
    }
}
