package org.mediationdesk.casefile;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fishery centre's mediator, in headless Chromium, sees the parties masked on the case page, presses
 * 显示完整信息 and sees them whole; the showing is an access record; a reload masks them again.
 */
@BrowserTest
class ShowPartiesBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mediatorShowsThePartiesWholeAndTheShowingIsRecorded() {
        String caseNumber = new Workflow(rest, engine).registerFisheryDispute();

        try (Chromium browser = Chromium.at(port)) {
            browser.signIn("linghu.mediator").open("/cases/" + caseNumber);
            assertThat(browser.text(By.cssSelector("#parties .party-id"))).isEqualTo("330503********0012");
            assertThat(browser.text(By.cssSelector("#parties .party-phone"))).isEqualTo("138****1234");

            browser.click(By.cssSelector("#show-parties button"));
            browser.waitUntil(d -> !d.findElements(By.id("parties-whole")).isEmpty());
            assertThat(browser.text(By.cssSelector("#parties .party-id"))).isEqualTo("330503197203150012");
            assertThat(browser.text(By.cssSelector("#parties .party-phone"))).isEqualTo("13857201234");
            assertThat(browser.text(By.id("parties-whole"))).isEqualTo("完整信息（已记录）");
            browser.screenshot("case-parties-shown");

            browser.open("/cases/" + caseNumber);
            assertThat(browser.text(By.cssSelector("#parties .party-id"))).isEqualTo("330503********0012");
        }

        assertThat(jdbc.queryForList("SELECT username FROM access_record WHERE case_number = ? AND action = 'UNMASKED_VIEW'",
                String.class, caseNumber)).containsExactly("linghu.mediator");
    }
}
