package org.mediationdesk.partners;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.SampleFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid worker, in headless Chromium at a phone's width, reports a dispute with a photo; the case is registered
 * in their name with their grid and the photo among its files, and their list shows its status.
 */
@BrowserTest
class GridReportBrowserIT {

    private static final String GRID_WORKER = "grid.worker";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void gridWorkerReportsADisputeWithAPhotoFromAPhone() throws IOException {
        Path photo = Files.write(folder.resolve("楼道现场.jpg"), SampleFiles.jpeg());

        String caseNumber;
        try (Chromium phone = Chromium.phoneAt(port)) {
            phone.signIn(GRID_WORKER).open("/grid/reports/new");
            phone.find(By.id("grid")).sendKeys("南街社区第2网格");
            new Select(phone.find(By.id("type"))).selectByValue("NEIGHBOUR");
            new Select(phone.find(By.id("countyCode"))).selectByValue("330502");
            phone.find(By.id("township")).sendKeys("飞英街道");
            phone.find(By.id("description")).sendKeys("楼道堆放杂物引发邻里争吵");
            phone.find(By.id("applicantName")).sendKeys("周大伯");
            phone.find(By.id("respondentName")).sendKeys("吴阿姨");
            phone.find(By.id("locationText")).sendKeys("南街菜场东门");
            phone.find(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
            assertNoSidewaysScrolling(phone);
            phone.screenshot("grid-report-phone");
            phone.click(By.id("submit-report"));

            phone.waitForFlash("已上报，案件编号");
            caseNumber = phone.find(By.cssSelector(".grid-reported")).getAttribute("data-case");
            assertThat(phone.text(By.cssSelector(".grid-reported"))).contains("待受理", "南街社区第2网格")
                    .doesNotContain("周大伯");
            assertNoSidewaysScrolling(phone);
            phone.screenshot("grid-reports-phone");
        }

        Map<String, Object> stored = jdbc.queryForMap("SELECT c.registered_by, c.source, g.grid, g.location_text"
                + " FROM dispute_case c JOIN grid_report g ON g.case_number = c.case_number WHERE c.case_number = ?",
                caseNumber);
        assertThat(stored).containsEntry("registered_by", GRID_WORKER).containsEntry("source", "GRID_WORKER")
                .containsEntry("grid", "南街社区第2网格").containsEntry("location_text", "南街菜场东门");
        assertThat(jdbc.queryForList("SELECT a.category FROM case_attachment a JOIN dispute_case c ON c.id = a.case_id"
                + " WHERE c.case_number = ? AND a.file_name = '楼道现场.jpg'", String.class, caseNumber))
                .containsExactly("SITE_PHOTO");
    }

    private static void assertNoSidewaysScrolling(Chromium phone) {
        Number overflow = (Number) phone.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
    }
}
