package org.mediationdesk.archive;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchivePdfTest {

    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @TempDir
    Path dir;

    @Test
    void archiveHoldsCoverIndexDocumentsAndDrawableAttachmentsAsPdfA() throws IOException {
        Path photo = photo();
        Path scan = pdfOfPages(2);
        Path word = Files.writeString(dir.resolve("lease.docx"), "not drawn");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArchivePdf.write(new ArchivePdf.Cover("人民调解卷宗", List.of("案号：2026-0001", "当事人：张三、李四")),
                List.of(new ArchivePdf.Document("人民调解申请书", List.of("申请人张三。\n请求调解鱼塘租赁纠纷。")),
                        new ArchivePdf.Document("人民调解协议书", List.of("双方同意：" + "按期支付租金。".repeat(40)))),
                List.of(new ArchivePdf.Attachment("现场照片.png", "image/png", photo),
                        new ArchivePdf.Attachment("报警回执.pdf", "application/pdf", scan),
                        new ArchivePdf.Attachment("租赁合同.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", word)),
                FONT, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).as("cover, index, 2 documents, photo, 2 scanned pages").isEqualTo(7);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("卷内目录", "人民调解申请书", "人民调解协议书", "附件：现场照片.png",
                    "附件：租赁合同.docx", ArchivePdf.NOT_INCLUDED, "案号：2026-0001", "第 7 页 / 共 7 页");
            String index = indexText(pdf);
            assertThat(index).containsPattern("人民调解申请书\\s+3").containsPattern("人民调解协议书\\s+4")
                    .containsPattern("现场照片.png\\s+5").containsPattern("报警回执.pdf\\s+6");
            assertThat(fonts(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getDestOutputIntent().getLength()).isPositive());
        }
    }

    @Test
    void jpegGoesInByteForByteAndOtherPicturesAreThinnedOnlyAsFarAs200DpiOnA4() throws IOException {
        Path jpeg = picture("photo.jpg", "jpg", 640, 480, BufferedImage.TYPE_INT_RGB);
        Path huge = picture("plan.png", "png", 6000, 9000, BufferedImage.TYPE_BYTE_GRAY);
        Path screenshot = picture("chat.png", "png", 1080, 2400, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArchivePdf.write(new ArchivePdf.Cover("人民调解卷宗", List.of()), List.of(),
                List.of(new ArchivePdf.Attachment("现场照片.jpg", "image/jpeg", jpeg),
                        new ArchivePdf.Attachment("鱼塘平面图.png", "image/png", huge),
                        new ArchivePdf.Attachment("微信聊天记录.png", "image/png", screenshot)), FONT, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDImageXObject photo = imageOn(pdf.getPage(2));
            assertThat(photo.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            assertThat(photo.getWidth()).isEqualTo(640);
            assertThat(photo.getHeight()).isEqualTo(480);
            try (InputStream raw = photo.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(jpeg));
            }
            PDImageXObject plan = imageOn(pdf.getPage(3));
            assertThat(plan.getWidth()).as("every 3rd pixel: still 200 dpi across A4").isEqualTo(2000)
                    .isBetween(ArchiveImages.MIN_WIDTH, 2 * ArchiveImages.MIN_WIDTH);
            assertThat(plan.getHeight()).isEqualTo(3000).isBetween(ArchiveImages.MIN_HEIGHT, 2 * ArchiveImages.MIN_HEIGHT);
            PDImageXObject chat = imageOn(pdf.getPage(4));
            assertThat(chat.getWidth()).as("a phone screenshot keeps every pixel").isEqualTo(1080);
            assertThat(chat.getHeight()).isEqualTo(2400);
        }
    }

    @Test
    void missingFontIsNamedInTheError() {
        Path missing = dir.resolve("no-such-font.ttc");

        assertThatThrownBy(() -> ArchivePdf.write(new ArchivePdf.Cover("卷宗", List.of()), List.of(), List.of(),
                missing, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(missing.toString());
    }

    private static String indexText(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        return stripper.getText(pdf);
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private Path photo() throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 1600, 1200);
        graphics.dispose();
        Path file = dir.resolve("photo.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private Path picture(String name, String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.GRAY);
        graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    private static PDImageXObject imageOn(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                return image;
            }
        }
        throw new AssertionError("no image on the page");
    }

    private Path pdfOfPages(int pages) throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                pdf.addPage(new PDPage());
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
