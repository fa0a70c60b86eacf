package org.mediationdesk.reports;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbook printed by headless LibreOffice Calc, as a clerk would print it: one A4 landscape page
 * per sheet for a small report, and the summary's bars drawn in their fill colour. Tagged with the
 * browser tests (profile {@code browser}, which CI runs after installing libreoffice-calc-nogui); one
 * conversion for the whole class, because each start of LibreOffice costs seconds. The PDF is kept as
 * target/screenshots/statistics-report.pdf for review.
 */
@ApplicationTest
@Tag(BrowserTest.TAG)
class StatisticsWorkbookLibreOfficeIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void smallReportPrintsOneA4LandscapePagePerSheetWithFilledBars() throws Exception {
        assumeTrue(LibreOfficePdf.installed() || Boolean.getBoolean(LibreOfficePdf.REQUIRED),
                "LibreOffice is not installed (" + LibreOfficePdf.SOFFICE + "): apt-get install libreoffice-calc-nogui;"
                        + " the browser profile requires it");
        // A quiet month of its own, so the case list is short whatever else the test database holds.
        String caseNumber = new Workflow(rest, engine).registerFisheryDispute();
        jdbc.update("UPDATE dispute_case SET registered_at = ? WHERE case_number = ?",
                LocalDateTime.of(2019, 3, 12, 10, 0), caseNumber);
        var response = rest.withBasicAuth("linghu.manager", "demo")
                .getForEntity("/api/reports/statistics.xlsx?from=2019-03-01&to=2019-03-31", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] xlsx = response.getBody();

        int sheets;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            sheets = workbook.getNumberOfSheets();
            XSSFSheet summary = workbook.getSheet(StatisticsWorkbook.SUMMARY);
            var series = summary.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0);
            assertThat(series.getShapeProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
            assertThat(workbook.getSheet(StatisticsWorkbook.CASE_LIST).getLastRowNum())
                    .as("a small report: at most 20 cases").isLessThanOrEqualTo(SheetWriter.HEADER_ROWS + 19);
        }

        try (PDDocument pdf = LibreOfficePdf.print(xlsx, dir)) {
            Files.createDirectories(Chromium.SCREENSHOTS);
            Files.copy(dir.resolve("report.pdf"), Chromium.SCREENSHOTS.resolve("statistics-report.pdf"),
                    StandardCopyOption.REPLACE_EXISTING);
            assertThat(pdf.getNumberOfPages()).as("one page per sheet").isEqualTo(sheets);
            var page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
            assertThat(page.getMediaBox().getWidth()).as("A4 is 842 pt wide in landscape").isBetween(835f, 850f);
            assertThat(LibreOfficePdf.fillColours(page)).as("the bars are filled #2E75B6")
                    .anySatisfy(rgb -> assertThat(near(rgb, 0x2E75B6)).isTrue());
        }
    }

    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((expected >> shift) & 0xFF)) > 3) {
                return false;
            }
        }
        return true;
    }
}
