package org.mediationdesk.documents;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * From {@code mediationdesk.documents.*}.
 *
 * @param templateFolder where centres' own templates are ({@code <centre code>/<kind code>.docx}, or
 *                       {@code <kind code>.docx} for every centre); none: the built-in templates only
 * @param bodyFonts      the body's East Asian font: the first of these installed on this machine, else the first
 * @param titleFonts     the title's, chosen the same way
 */
@ConfigurationProperties("mediationdesk.documents")
record DocumentSettings(Path templateFolder, List<String> bodyFonts, List<String> titleFonts) {

    DocumentSettings {
        bodyFonts = bodyFonts == null || bodyFonts.isEmpty() ? List.of("仿宋") : List.copyOf(bodyFonts);
        titleFonts = titleFonts == null || titleFonts.isEmpty() ? List.of("宋体") : List.copyOf(titleFonts);
    }
}
