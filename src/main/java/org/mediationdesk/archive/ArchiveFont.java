package org.mediationdesk.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK TrueType font the archive embeds: a .ttf, or the first font of a .ttc collection (such as
 * wqy-microhei.ttc). PDF/A needs every font embedded, so a missing file stops the archive with its path.
 */
final class ArchiveFont implements Closeable {

    private final TrueTypeCollection collection;
    private final TrueTypeFont font;

    private ArchiveFont(TrueTypeCollection collection, TrueTypeFont font) {
        this.collection = collection;
        this.font = font;
    }

    static ArchiveFont open(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The archive's CJK font " + file.toAbsolutePath()
                    + " is missing; install one (fonts-wqy-microhei) or set mediationdesk.archive.font");
        }
        if (file.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            if (fonts.isEmpty()) {
                collection.close();
                throw new IllegalStateException("The font collection " + file + " holds no font");
            }
            return new ArchiveFont(collection, fonts.get(0));
        }
        return new ArchiveFont(null, new TTFParser()
                .parse(new RandomAccessReadBufferedFile(file.toFile())));
    }

    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        } else {
            font.close();
        }
    }
}
