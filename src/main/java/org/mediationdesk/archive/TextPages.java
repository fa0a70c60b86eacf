package org.mediationdesk.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Lays text out on A4 pages in the embedded font: headings, wrapped paragraphs, the index, page numbers. */
final class TextPages {

    private static final float MARGIN = 72;
    private static final float BODY = 12;
    private static final float HEADING = 18;
    private static final float LEADING = 1.6f;
    private static final int INDEX_LINES_PER_PAGE =
            (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN - HEADING * 2 * LEADING) / (BODY * LEADING));

    private final PDDocument pdf;
    private final PDType0Font font;
    private PDPage page;
    private float y;

    TextPages(PDDocument pdf, PDType0Font font) {
        this.pdf = pdf;
        this.font = font;
        newPage();
    }

    /** An index line: what the item is and the page it starts on (or why it is not there). */
    record Entry(String title, String page) {
    }

    static int indexPagesFor(int entries) {
        return Math.max(1, (entries + INDEX_LINES_PER_PAGE - 1) / INDEX_LINES_PER_PAGE);
    }

    void newPage() {
        page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void heading(String heading) {
        String title = printable(heading);
        y -= HEADING;
        float x = (PDRectangle.A4.getWidth() - width(title, HEADING)) / 2;
        show(page, title, HEADING, Math.max(MARGIN, x), y);
        y -= HEADING * LEADING;
    }

    void paragraph(String paragraph) {
        float lineWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
        String rest = printable(paragraph);
        do {
            int end = fitting(rest, lineWidth);
            if (y - BODY < MARGIN) {
                newPage();
            }
            y -= BODY * LEADING;
            show(page, rest.substring(0, end), BODY, MARGIN, y);
            rest = rest.substring(end);
        } while (!rest.isEmpty());
    }

    void image(String title, PDImageXObject image) throws IOException {
        newPage();
        heading(title);
        float maxWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float maxHeight = y - MARGIN;
        float scale = Math.min(1, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
            content.drawImage(image, (PDRectangle.A4.getWidth() - width) / 2, y - height, width, height);
        }
    }

    void index(List<PDPage> pages, String title, List<Entry> entries) {
        float lineWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (int p = 0; p < pages.size(); p++) {
            PDPage indexPage = pages.get(p);
            title = printable(title);
            float top = PDRectangle.A4.getHeight() - MARGIN - HEADING;
            show(indexPage, title, HEADING, (PDRectangle.A4.getWidth() - width(title, HEADING)) / 2, top);
            float line = top - HEADING * LEADING;
            int from = p * INDEX_LINES_PER_PAGE;
            for (int i = from; i < Math.min(entries.size(), from + INDEX_LINES_PER_PAGE); i++) {
                Entry entry = entries.get(i);
                line -= BODY * LEADING;
                String pageText = printable(entry.page());
                float pageWidth = width(pageText, BODY);
                String name = printable((i + 1) + "  " + entry.title());
                name = name.substring(0, fitting(name, lineWidth - pageWidth - BODY));
                show(indexPage, name, BODY, MARGIN, line);
                show(indexPage, pageText, BODY, MARGIN + lineWidth - pageWidth, line);
            }
        }
    }

    void numberPages() {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage numbered = pdf.getPage(i);
            String text = "第 " + (i + 1) + " 页 / 共 " + total + " 页";
            PDRectangle box = numbered.getMediaBox();
            show(numbered, text, 9, box.getLowerLeftX() + (box.getWidth() - width(text, 9)) / 2,
                    box.getLowerLeftY() + MARGIN / 3);
        }
    }

    private void show(PDPage target, String text, float size, float x, float baseline) {
        try (PDPageContentStream content = new PDPageContentStream(pdf, target, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int fitting(String text, float lineWidth) {
        int end = 1;
        while (end < text.length() && width(text.substring(0, end + 1), BODY) <= lineWidth) {
            end++;
        }
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        return Math.min(end, text.length());
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with what the font cannot draw (control characters, missing glyphs) replaced. */
    private String printable(String text) {
        StringBuilder printable = new StringBuilder();
        (text == null || text.isEmpty() ? " " : text).codePoints().forEach(c -> {
            String character = Character.isISOControl(c) ? " " : Character.toString(c);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IOException | IllegalArgumentException e) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}
