package org.mediationdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What every file download says about itself: its type, and its name in Chinese with an ASCII fallback. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    /**
     * A {@code Content-Disposition} value: {@code asciiName} for old clients, {@code name} (RFC 5987,
     * UTF-8) for the browsers that read {@code filename*}, which all current ones do.
     */
    public static String attachment(String asciiName, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }
}
