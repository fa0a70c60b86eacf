package org.mediationdesk.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A downloaded .docx read back with POI: its whole text, its body paragraphs, its footer's fields. */
record DocxText(String text, List<String> paragraphs, String footerXml) {

    static DocxText of(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return new DocxText(extractor.getText(), doc.getParagraphs().stream().map(XWPFParagraph::getText).toList(),
                    doc.getFooterList().isEmpty() ? "" : doc.getFooterList().get(0)._getHdrFtr().xmlText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
