package org.mediationdesk.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The agreement of three parties printed by headless LibreOffice Writer, as a mediator would print it:
 * the signature block stays on the page of the last term, and every page says which it is. Tagged with
 * the browser tests (profile {@code browser}; CI installs libreoffice-writer-nogui). The PDF is kept as
 * target/screenshots/agreement-three-parties.pdf for review.
 */
@ApplicationTest
@Tag(BrowserTest.TAG)
class AgreementLibreOfficeIT {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final String REQUIRED = "mediationdesk.test.libreoffice-required";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @TempDir
    Path dir;

    @Test
    void signatureBlockOfAThreePartyAgreementStaysOnThePageOfTheLastTerm() throws Exception {
        assumeTrue(Files.isExecutable(SOFFICE) || Boolean.getBoolean(REQUIRED),
                "LibreOffice is not installed (" + SOFFICE + "): apt-get install libreoffice-writer-nogui;"
                        + " the browser profile requires it");
        String caseNumber = AgreementDocumentIT.agreedCase(new Workflow(rest, engine), rest, "WRITTEN");
        var response = rest.withBasicAuth(AgreementDocumentIT.MEDIATOR, ApiClient.DEMO_PASSWORD)
                .getForEntity("/api/cases/" + caseNumber + "/documents/agreement", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);

        try (PDDocument pdf = print(response.getBody())) {
            Files.createDirectories(Chromium.SCREENSHOTS);
            Files.copy(dir.resolve("agreement.pdf"), Chromium.SCREENSHOTS.resolve("agreement-three-parties.pdf"),
                    StandardCopyOption.REPLACE_EXISTING);
            int pages = pdf.getNumberOfPages();
            int lastTerm = pageOf(pdf, AgreementDocumentIT.TERM_3);
            assertThat(pageOf(pdf, "第三人 陈阿毛（签名、盖章")).as("the last party's signature line").isEqualTo(lastTerm);
            assertThat(pageOf(pdf, "人民调解员（签名）")).as("the mediator's line").isEqualTo(lastTerm);
            assertThat(pageOf(pdf, AgreementDocumentIT.COMMITTEE + "（盖章）")).as("the seal line").isEqualTo(lastTerm);
            for (int page = 1; page <= pages; page++) {
                assertThat(text(pdf, page)).as("page %d's footer", page).contains("第 " + page + " 页 共 " + pages + " 页");
            }
        }
    }

    /** Converts with a profile of its own (a shared one is locked by any running LibreOffice). */
    private PDDocument print(byte[] docx) throws Exception {
        Path input = dir.resolve("agreement.docx");
        Files.write(input, docx);
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(3, TimeUnit.MINUTES)) {
            soffice.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 3 minutes");
        }
        Path pdf = dir.resolve("agreement.pdf");
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice wrote no PDF: " + Files.readString(dir.resolve("soffice.log")));
        }
        return Loader.loadPDF(pdf.toFile());
    }

    private static int pageOf(PDDocument pdf, String text) throws Exception {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (text(pdf, page).replace(" ", "").contains(text.replace(" ", ""))) {
                return page;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    private static String text(PDDocument pdf, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replace("\r", "");
    }
}
