package org.mediationdesk.archive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Image attachments as PDF images with a bounded heap, whatever their size: a JPEG is copied into the PDF
 * as it is (DCTDecode, never decoded, never held whole in memory); any other picture is decoded at every n-th
 * pixel, n as large as keeps it at 200 dpi or more across an A4 page (the floor DA/T 31 sets for scanned
 * records). A phone screenshot stays whole, and the decoded picture is under twice the page's 200-dpi size
 * each way, so a PNG that says it is 20,000 × 20,000 pixels and compresses to a few kilobytes cannot take
 * the heap.
 */
final class ArchiveImages {

    static final int MIN_WIDTH = dots(PDRectangle.A4.getWidth());
    static final int MIN_HEIGHT = dots(PDRectangle.A4.getHeight());

    private ArchiveImages() {
    }

    static PDImageXObject embed(PDDocument pdf, Path file, String mediaType) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerOf(input, mediaType);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ("image/jpeg".equals(mediaType)) {
                    int components = components(reader.getRawImageType(0));
                    if (components == 1 || components == 3) {
                        return copiedJpeg(pdf, file, width, height, components);
                    }
                    return PDImageXObject.createFromFileByContent(file.toFile(), pdf);
                }
                ImageReadParam every = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width / MIN_WIDTH, height / MIN_HEIGHT));
                every.setSourceSubsampling(step, step, 0, 0);
                BufferedImage picture = reader.read(0, every);
                return LosslessFactory.createFromImage(pdf, picture);
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerOf(ImageInputStream input, String mediaType) throws IOException {
        if (input == null) {
            throw new IOException("unreadable image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IOException("no reader for " + mediaType);
        }
        return readers.next();
    }

    /** Colour components of a JPEG as its header states them; 0 when ImageIO cannot say (CMYK, YCCK). */
    private static int components(ImageTypeSpecifier type) {
        return type == null ? 0 : type.getColorModel().getNumComponents();
    }

    private static PDImageXObject copiedJpeg(PDDocument pdf, Path file, int width, int height, int components)
            throws IOException {
        COSStream stream = pdf.getDocument().createCOSStream();
        try (InputStream in = Files.newInputStream(file); OutputStream out = stream.createRawOutputStream()) {
            in.transferTo(out);
        }
        stream.setItem(COSName.FILTER, COSName.DCT_DECODE);
        PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
        image.setWidth(width);
        image.setHeight(height);
        image.setBitsPerComponent(8);
        image.setColorSpace(components == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE);
        return image;
    }

    private static int dots(float points) {
        return Math.round(points / 72 * 200);
    }
}
