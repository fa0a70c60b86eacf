package org.mediationdesk.archive;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.springframework.web.util.HtmlUtils;

/**
 * What makes the archive declare itself PDF/A-2b: the XMP packet naming part 2, conformance B (with the
 * title matching the document information), and an sRGB output intent, whose ICC profile comes from the
 * JDK since PDFBox ships none.
 */
final class PdfAMarks {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfAMarks() {
    }

    static void apply(PDDocument document, String title) throws IOException {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setProducer("MediationDesk");
        document.getDocumentInformation().setCreationDate(Calendar.getInstance());
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xmp(String title) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>MediationDesk</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(HtmlUtils.htmlEscape(title, "UTF-8"));
    }
}
