package org.mediationdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Chromium;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** On the import page a clerk uploads a workbook and watches the job's counts move until it is done. */
@BrowserTest
class ImportProgressBrowserIT {

    private static final int ROWS = 60;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theImportPageShowsProgressUntilDoneAndOffersTheRefusedRows() throws IOException {
        Path file = Files.createTempFile("页面导入", ".xlsx");
        Files.write(file, workbook("#" + System.nanoTime()));
        try (Chromium clerk = Chromium.at(port)) {
            clerk.signIn("clerk").open("/imports");
            clerk.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            clerk.click(By.id("import-submit"));

            String first = clerk.find(By.id("import-progress")).getAttribute("data-state");
            assertThat(first).as("the page answers before the rows are registered").isIn("QUEUED", "RUNNING");
            clerk.screenshot("import-progress-running");
            clerk.waitUntil(Duration.ofMinutes(3),
                    driver -> "DONE".equals(driver.findElement(By.id("import-progress")).getAttribute("data-state")));

            assertThat(clerk.text(By.id("import-state"))).isEqualTo("已完成");
            assertThat(clerk.text(By.id("import-counts"))).isEqualTo("已读 60 / 60 行：登记 59，此前已导入 0，未通过 1");
            assertThat(clerk.find(By.id("import-errors")).getAttribute("href")).matches(".*/imports/[0-9a-f-]{36}/errors\\.xlsx");
            assertThat(clerk.text(By.id("import-jobs"))).contains(file.getFileName().toString());
            clerk.screenshot("import-progress-done");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private byte[] workbook(String run) throws IOException {
        var template = rest.withBasicAuth("clerk", ApiClient.DEMO_PASSWORD).getForEntity("/api/imports/template.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
            Sheet sheet = workbook.getSheet("纠纷登记");
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(2 + r);
                String[] cells = {"渔业", "当事人申请", "南浔区", r == 0 ? "不存在镇" : "菱湖镇", "", "页面导入纠纷 " + r + run,
                    BusinessTime.today().minusDays(2).toString(), "2", "", "沈建国", "个人", "", "", "钱小明", "个人", "", ""};
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            return BulkImport.bytes(workbook);
        }
    }
}
