package org.mediationdesk.archive;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.mediationdesk.support.SampleFiles;

/**
 * Time and heap of one case's archive with 50 attachments, as a centre's file holds them: 25 phone photos
 * (JPEG, 4032×3024), 10 screenshots (PNG, 1920×1080), 10 scanned PDFs of 3 pages and 5 Word files (listed,
 * not drawn), after 9 generated documents. {@code prepare DIR} writes the attachments once (it needs a normal
 * heap to draw the photos); {@code run DIR [rounds]} builds the archive from them with {@link ArchivePdf},
 * the code the application runs, into a file, and prints per round the time, the bytes the thread allocated
 * and the heap's peak use since the round began. Run it at a small {@code -Xmx} to see it complete there.
 * Not a test: see docs/benchmarks.md for the commands.
 */
public final class ArchiveBenchmark {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private ArchiveBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        // exec:exec passes -Dbenchmark.args as one argument
        String[] args = String.join(" ", arguments).trim().split("\\s+");
        Path dir = Path.of(args[1]);
        if ("prepare".equals(args[0])) {
            prepare(dir);
        } else {
            run(dir, args.length > 2 ? Integer.parseInt(args[2]) : 3);
        }
    }

    private static void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        for (int i = 1; i <= 25; i++) {
            Files.write(dir.resolve("photo-%02d.jpg".formatted(i)), image(4032, 3024, "jpg", random));
        }
        for (int i = 1; i <= 10; i++) {
            Files.write(dir.resolve("screen-%02d.png".formatted(i)), image(1920, 1080, "png", random));
        }
        for (int i = 1; i <= 10; i++) {
            Files.write(dir.resolve("scan-%02d.pdf".formatted(i)), scan(3, random));
        }
        for (int i = 1; i <= 5; i++) {
            Files.write(dir.resolve("letter-%02d.docx".formatted(i)), SampleFiles.docx());
        }
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
        }
        System.out.printf("prepared 50 attachments in %s: %.1f MB%n", dir, bytes / 1048576.0);
    }

    private static void run(Path dir, int rounds) throws Exception {
        List<ArchivePdf.Attachment> attachments = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                attachments.add(new ArchivePdf.Attachment(file.getFileName().toString(), mediaType(file), file));
            }
        }
        List<ArchivePdf.Document> documents = documents();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.out.printf("max heap %d MB, %d attachments%n", Runtime.getRuntime().maxMemory() / 1048576,
                attachments.size());
        for (int round = 0; round <= rounds; round++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            Path out = Files.createTempFile("archive-benchmark", ".pdf");
            long start = System.nanoTime();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream file = new DigestOutputStream(Files.newOutputStream(out), sha256)) {
                ArchivePdf.write(new ArchivePdf.Cover("人民调解卷宗", List.of("案号：（2026）湖南调字第0001号")),
                        documents, attachments, FONT, file);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.printf("%s  %.2f s  archive %.1f MB  allocated %.0f MB  peak heap in use %.1f MB  sha256 %s%n",
                    round == 0 ? "warm-up" : "round " + round, seconds, Files.size(out) / 1048576.0,
                    allocated / 1048576.0, peak / 1048576.0, HexFormat.of().formatHex(sha256.digest()).substring(0, 12));
            Files.delete(out);
        }
    }

    private static List<ArchivePdf.Document> documents() {
        String[] titles = {"人民调解申请书", "受理登记表", "人民调解记录（第1次）", "人民调解记录（第2次）", "调查记录",
            "口头协议登记表", "人民调解协议书", "回访记录", "司法确认申请"};
        List<ArchivePdf.Document> documents = new ArrayList<>();
        for (String title : titles) {
            List<String> paragraphs = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                paragraphs.add("第" + i + "段：申请人沈建国与被申请人钱小明因鱼塘排水发生纠纷，经调解员主持，双方就赔偿金额与履行期限陈述意见。");
            }
            documents.add(new ArchivePdf.Document(title, paragraphs));
        }
        return documents;
    }

    private static String mediaType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".jpg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    /** A picture with gradients and grain, so that it compresses about as a photo or screenshot does. */
    private static byte[] image(int width, int height, String format, Random random) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(1 << 24)), width, height,
                new Color(random.nextInt(1 << 24))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < width * height / 40; i++) {
            g.setColor(new Color(random.nextInt(1 << 24)));
            g.fillRect(random.nextInt(width), random.nextInt(height), 2, 2);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] scan(int pages, Random random) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject scan = JPEGFactory.createFromByteArray(document, image(1240, 1754, "jpg", random));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
