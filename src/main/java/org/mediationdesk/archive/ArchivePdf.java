package org.mediationdesk.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a case's archive as one PDF/A-2b: the cover, the index (卷内目录) with the page each item starts on,
 * each generated document as text pages, each image attachment as an A4 page scaled to fit ({@link ArchiveImages}), each PDF
 * attachment page by page; an attachment that cannot be drawn (a Word file, a HEIC photo, a damaged or
 * encrypted PDF) is listed in the index as not included. Pages are kept in a temporary file while it is
 * built and attached PDFs are read memory-mapped (PDFBox's buffered file reader keeps up to 4 MB of each
 * open file on the heap), so a case with many attachments does not sit in memory.
 */
public final class ArchivePdf {

    /** Said in the index of an attachment that is listed but not drawn. */
    public static final String NOT_INCLUDED = "未收录（该格式不能转为页面）";
    public static final String INDEX_TITLE = "卷内目录";
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/bmp");

    private ArchivePdf() {
    }

    /** The cover's title (卷宗封面) and its lines, such as "案号：2026-0001". */
    public record Cover(String title, List<String> lines) {
    }

    /** A generated document: its title and its text, a paragraph per line. */
    public record Document(String title, List<String> paragraphs) {
    }

    /** An attachment staged in a file, with the media type read from its content. */
    public record Attachment(String title, String mediaType, Path file) {
    }

    public static void write(Cover cover, List<Document> documents, List<Attachment> attachments, Path fontFile,
                             OutputStream out) throws IOException {
        List<PDDocument> appended = new ArrayList<>();
        try (ArchiveFont font = ArchiveFont.open(fontFile);
             PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            TextPages text = new TextPages(pdf, font.embedIn(pdf));
            text.heading(cover.title());
            cover.lines().forEach(text::paragraph);
            int entries = 1 + documents.size() + attachments.size();
            List<PDPage> indexPages = new ArrayList<>();
            for (int i = 0; i < TextPages.indexPagesFor(entries); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                indexPages.add(page);
            }
            List<TextPages.Entry> index = new ArrayList<>();
            index.add(new TextPages.Entry("卷宗封面", "1"));
            for (Document document : documents) {
                index.add(new TextPages.Entry(document.title(), Integer.toString(pdf.getNumberOfPages() + 1)));
                text.newPage();
                text.heading(document.title());
                document.paragraphs().forEach(text::paragraph);
            }
            for (Attachment attachment : attachments) {
                int first = pdf.getNumberOfPages() + 1;
                boolean drawn = append(pdf, text, attachment, appended);
                index.add(new TextPages.Entry("附件：" + attachment.title(), drawn ? Integer.toString(first) : NOT_INCLUDED));
            }
            text.index(indexPages, INDEX_TITLE, index);
            text.numberPages();
            PdfAMarks.apply(pdf, cover.title());
            pdf.save(out);
        } finally {
            for (PDDocument source : appended) {
                source.close();
            }
        }
    }

    private static boolean append(PDDocument pdf, TextPages text, Attachment attachment, List<PDDocument> appended) {
        try {
            if (IMAGES.contains(attachment.mediaType())) {
                text.image(attachment.title(), ArchiveImages.embed(pdf, attachment.file(), attachment.mediaType()));
                return true;
            }
            if ("application/pdf".equals(attachment.mediaType())) {
                PDDocument source = Loader.loadPDF(new RandomAccessReadMemoryMappedFile(attachment.file()), "",
                        null, null, IOUtils.createTempFileOnlyStreamCache());
                appended.add(source);
                for (PDPage page : source.getPages()) {
                    pdf.importPage(page);
                }
                return source.getNumberOfPages() > 0;
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
