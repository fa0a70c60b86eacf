package org.mediationdesk.documents;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The .docx template of a kind of document for a centre: the centre's own
 * ({@code <folder>/<centre code>/<kind code>.docx}), else the folder's for every centre
 * ({@code <folder>/<kind code>.docx}), else the built-in one. Files are read on every use, so a centre's
 * new template takes effect at once; the built-in ones are laid out once, in the first installed of
 * the configured fonts.
 */
@Component
class DocumentTemplates {

    private final Path folder;
    private final Map<DocumentKind, byte[]> builtIn = new EnumMap<>(DocumentKind.class);
    private final String bodyFont;
    private final String titleFont;

    DocumentTemplates(DocumentSettings settings) {
        this.folder = settings.templateFolder();
        Set<String> installed = installedFonts();
        this.bodyFont = firstInstalled(settings.bodyFonts(), installed);
        this.titleFont = firstInstalled(settings.titleFonts(), installed);
        for (DocumentKind kind : DocumentKind.values()) {
            builtIn.put(kind, StandardTemplates.of(kind, bodyFont, titleFont));
        }
    }

    byte[] template(DocumentKind kind, String centreCode) {
        if (folder != null) {
            for (Path candidate : List.of(folder.resolve(centreCode == null ? "-" : centreCode).resolve(fileName(kind)),
                    folder.resolve(fileName(kind)))) {
                if (Files.isRegularFile(candidate)) {
                    try {
                        return Files.readAllBytes(candidate);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return builtIn.get(kind);
    }

    /** The built-in template, for a centre to start its own from. */
    byte[] builtIn(DocumentKind kind) {
        return builtIn.get(kind);
    }

    String bodyFont() {
        return bodyFont;
    }

    static String fileName(DocumentKind kind) {
        return kind.code() + ".docx";
    }

    private static Set<String> installedFonts() {
        GraphicsEnvironment fonts = GraphicsEnvironment.getLocalGraphicsEnvironment();
        return Stream.concat(Arrays.stream(fonts.getAvailableFontFamilyNames(Locale.ROOT)),
                Arrays.stream(fonts.getAvailableFontFamilyNames(Locale.SIMPLIFIED_CHINESE))).collect(Collectors.toSet());
    }

    private static String firstInstalled(List<String> fonts, Set<String> installed) {
        return fonts.stream().filter(installed::contains).findFirst().orElse(fonts.get(0));
    }
}
