package org.mediationdesk.reports;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Prints a workbook to PDF with headless LibreOffice Calc ({@code soffice --headless --convert-to pdf}),
 * as someone opening the file and printing it would get it, and reads the PDF back with PDFBox.
 */
final class LibreOfficePdf {

    static final String SOFFICE = "/usr/bin/soffice";
    static final String REQUIRED = "mediationdesk.test.libreoffice-required";

    private LibreOfficePdf() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of(SOFFICE));
    }

    /** Converts with a profile of its own (a shared one is locked by any running LibreOffice). */
    static PDDocument print(byte[] xlsx, Path dir) throws IOException, InterruptedException {
        Path input = dir.resolve("report.xlsx");
        Files.write(input, xlsx);
        Process soffice = new ProcessBuilder(SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!soffice.waitFor(3, TimeUnit.MINUTES)) {
            soffice.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 3 minutes");
        }
        Path pdf = dir.resolve("report.pdf");
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice wrote no PDF: " + Files.readString(dir.resolve("soffice.log")));
        }
        return Loader.loadPDF(pdf.toFile());
    }

    /** The RGB colours (0xRRGGBB) of every filled path on the page, forms included. */
    static List<Integer> fillColours(PDPage page) throws IOException {
        List<Integer> colours = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private final Point2D.Float current = new Point2D.Float();

            @Override
            public void fillPath(int windingRule) throws IOException {
                colours.add(getGraphicsState().getNonStrokingColor().toRGB());
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(page);
            }
        }.run();
        return colours;
    }
}
