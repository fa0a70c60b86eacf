package org.mediationdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** Whether a request signs in with a password (HTTP Basic) rather than a token or a session. */
public final class HttpBasic {

    private HttpBasic() {
    }

    public static boolean sent(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
