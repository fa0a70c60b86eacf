package org.mediationdesk.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its bytes, never its name (Apache Tika's magic numbers), and accepts PDF,
 * JPEG, PNG, HEIC and Word and Excel documents only. Word and Excel files are containers, so they are
 * opened: an OLE2 file (.doc, .xls) by its streams; an Office Open XML file (.docx, .xlsx), a ZIP, by its
 * entries, each inflated and counted, so that a ZIP that unpacks to far more than it weighs (a zip bomb)
 * is refused without being unpacked anywhere. Files with macros are refused.
 */
@Component
class FileTypes {

    static final String PDF = "application/pdf";
    static final String DOC = "application/msword";
    static final String XLS = "application/vnd.ms-excel";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> EXTENSIONS = Map.of(PDF, "pdf", "image/jpeg", "jpg", "image/png", "png",
            "image/heic", "heic", "image/heif", "heif", DOC, "doc", XLS, "xls", DOCX, "docx", XLSX, "xlsx");
    /** Below this an entry's ratio is not judged: small XML parts compress very well and harm nobody. */
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final Tika tika = new Tika();
    private final AttachmentSettings settings;

    FileTypes(AttachmentSettings settings) {
        this.settings = settings;
    }

    /** @throws Refused with the type found, when it is not one an attachment may have */
    String accepted(Path file) throws IOException {
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = tika.detect(in);
        }
        String type = switch (detected) {
            case "application/x-tika-msoffice" -> ole2(file);
            case "application/x-tika-ooxml", "application/zip" -> officeOpenXml(file);
            default -> detected;
        };
        if (!EXTENSIONS.containsKey(type)) {
            throw new Refused(type);
        }
        return type;
    }

    static String extension(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, "bin");
    }

    private static String ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> names = fs.getRoot().getEntryNames();
            if (names.contains("Macros") || names.contains("_VBA_PROJECT_CUR")) {
                return "application/x-tika-msoffice; macros";
            }
            if (names.contains("WordDocument")) {
                return DOC;
            }
            return names.contains("Workbook") || names.contains("Book") ? XLS : "application/x-tika-msoffice";
        } catch (IOException | RuntimeException damaged) {
            return "application/x-tika-msoffice";
        }
    }

    private String officeOpenXml(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                names.add(entry.getName());
                total += inflated(zip, entry, settings.maxUnpackedSize().toBytes() - total);
            }
        } catch (ZipBomb bomb) {
            throw bomb;
        } catch (IOException | RuntimeException damaged) {
            return "application/zip";
        }
        if (names.stream().anyMatch(name -> name.endsWith("vbaProject.bin"))) {
            return "application/vnd.ms-office; macros";
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return DOCX;
        }
        return names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml") ? XLSX : "application/zip";
    }

    /** Inflates one entry, counting what comes out, and stops as soon as it is too much. */
    private long inflated(ZipFile zip, ZipEntry entry, long allowed) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long ratioLimit = Math.max(RATIO_FLOOR, compressed * settings.maxCompressionRatio());
        long count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                count += read;
                if (count > allowed || count > ratioLimit) {
                    throw new ZipBomb();
                }
            }
        }
        return count;
    }

    /** A file of a type attachments may not have; {@code type} is what it was found to be. */
    static final class Refused extends RuntimeException {
        private final String type;

        Refused(String type) {
            super(type, null, false, false);
            this.type = type;
        }

        String type() {
            return type;
        }
    }

    /** A ZIP that unpacks to more than allowed, in all or in one entry for its size. */
    static final class ZipBomb extends RuntimeException {
        ZipBomb() {
            super(null, null, false, false);
        }
    }
}
