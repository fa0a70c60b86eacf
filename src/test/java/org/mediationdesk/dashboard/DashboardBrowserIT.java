package org.mediationdesk.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.TestUsers;
import org.mediationdesk.support.Workflow;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The manager's dashboard in headless Chromium: its counts against the database, the report download, bulk reassignment. */
@BrowserTest
class DashboardBrowserIT {

    private static final String FISHERY_CENTRE = "NX-LINGHU-FISHERY";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserMapper userMapper;
    @Autowired
    PasswordEncoder passwordEncoder;

    Chromium browser;
    Workflow workflow;
    TestUsers users;

    @BeforeEach
    void setUp() {
        browser = Chromium.at(port);
        workflow = new Workflow(rest, engine);
        users = new TestUsers(userMapper, passwordEncoder);
    }

    @AfterEach
    void tearDown() {
        browser.close();
        users.retireMediators(jdbc);
    }

    @Test
    void managerSeesTheCountsOfTheDatabaseAndDownloadsTheReport() throws Exception {
        String overdue = workflow.registerFisheryDispute();
        jdbc.update("UPDATE dispute_case SET acceptance_due = ? WHERE case_number = ?",
                BusinessTime.now().minusDays(2), overdue);

        browser.signIn("nanxun.manager").open("/dashboard");

        LocalDateTime monthStart = BusinessTime.today().withDayOfMonth(1).atStartOfDay();
        LocalDateTime now = BusinessTime.now();
        assertThat(number("count-received")).isEqualTo(count("registered_at >= ?", monthStart)).isPositive();
        assertThat(number("count-inProgress")).isEqualTo(count("status <> 'CLOSED'"));
        assertThat(number("count-overdue")).isEqualTo(count("status <> 'CLOSED' AND (overdue_since IS NOT NULL"
                + " OR (status = 'AWAITING_ACCEPTANCE' AND acceptance_due < ?)"
                + " OR (status = 'IN_MEDIATION' AND paused_since IS NULL AND mediation_due < ?))", now, now));
        assertThat(number("count-resolved")).isEqualTo(count("closure_type = 'RESOLVED' AND closed_at >= ?", monthStart));
        assertThat(browser.find(By.cssSelector("#supervision tr[data-case='" + overdue + "']")).getText()).contains("超期");
        browser.waitUntil(d -> ((ChromeDriver) d).executeScript(
                "return window.Chart && Chart.getChart(document.getElementById('weekly-chart')) != null"));
        browser.screenshot("dashboard-manager");

        Path downloads = Files.createTempDirectory("mediationdesk-downloads-");
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        new Select(browser.find(By.id("report-kind"))).selectByValue("MONTH");
        new Select(browser.find(By.id("report-centre"))).selectByValue(FISHERY_CENTRE);
        browser.find(By.id("report-download")).click();
        Path file = browser.waitUntil(d -> finishedDownload(downloads).orElse(null));

        try (InputStream in = Files.newInputStream(file); var workbook = new XSSFWorkbook(in)) {
            var summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("菱湖渔业纠纷调处化解中心");
            assertThat(valueOf(summary, "受理纠纷")).isEqualTo((double) jdbc.queryForObject(
                    "SELECT COUNT(*) FROM dispute_case WHERE centre_code = ? AND registered_at >= ?", Long.class,
                    FISHERY_CENTRE, monthStart));
        }
    }

    @Test
    void managerMovesTheTasksOfAMediatorOnLeaveToAColleague() {
        String away = users.mediator("away", FISHERY_CENTRE, List.of());
        String cover = users.mediator("cover", FISHERY_CENTRE, List.of());
        TaskService tasks = engine.getTaskService();
        String first = workflow.registerFisheryDispute();
        String second = workflow.registerFisheryDispute();
        String firstTask = workflow.task(first, "acceptCase").getId();
        String secondTask = workflow.task(second, "acceptCase").getId();
        tasks.setAssignee(firstTask, away);
        tasks.setAssignee(secondTask, away);

        browser.signIn("linghu.manager").open("/dashboard");
        click(browser.find(By.cssSelector("#caseloads tr[data-mediator='" + away + "'] a")));
        browser.find(By.id("select-all")).click();
        new Select(browser.find(By.id("reassign-assignee"))).selectByValue(cover);
        browser.screenshot("dashboard-mediator-tasks");
        click(browser.find(By.id("reassign-submit")));

        assertThat(browser.text(By.id("flash"))).contains("已将 2 项任务移交给 " + cover);
        assertThat(tasks.createTaskQuery().taskAssignee(cover).list()).extracting(t -> t.getId())
                .containsExactlyInAnyOrder(firstTask, secondTask);
        assertThat(tasks.createTaskQuery().taskAssignee(away).count()).isZero();
    }

    @Test
    void dashboardReadsInEnglishAtPhoneWidth() {
        try (Chromium phone = Chromium.phoneAt(port)) {
            phone.signIn("linghu.manager").open("/dashboard?lang=en");

            assertThat(phone.text(By.tagName("h1"))).isEqualTo("Dashboard");
            assertThat(phone.text(By.id("report-download"))).isEqualTo("Download the report");
            phone.screenshot("dashboard-phone-en");
        }
    }

    @Test
    void managerOfOneCentreGetsTheForbiddenPageForAnotherCentre() {
        browser.signIn("linghu.manager").open("/dashboard?centre=NX-COUNTY");

        assertThat(browser.find(By.id("error-page")).getAttribute("data-status")).isEqualTo("403");
    }

    /**
     * Clicks through the page's script: headless Chromium's visible area is shorter than the window
     * size it reports, so a native click on the last rows of a long page lands outside it.
     */
    private void click(WebElement element) {
        assertThat(element.isDisplayed()).isTrue();
        ((ChromeDriver) browser.driver()).executeScript("arguments[0].click()", element);
    }

    private long number(String id) {
        return Long.parseLong(browser.text(By.id(id)).trim());
    }

    private long count(String condition, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE centre_code LIKE 'NX-%' AND " + condition,
                Long.class, args);
    }

    private static Optional<Path> finishedDownload(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".xlsx")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double valueOf(Sheet sheet, String labelStart) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(labelStart)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + labelStart);
    }
}
