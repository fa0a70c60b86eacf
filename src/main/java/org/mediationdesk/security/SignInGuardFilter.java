package org.mediationdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in over its failure limit before its password is checked, so guessing costs the server
 * no BCrypt: over the API with 429 and Retry-After, on the sign-in page by going back to it with the
 * time the lock ends ({@code /login?locked=2026-12-06T09:15}). Requests that carry no password pass untouched.
 */
class SignInGuardFilter extends OncePerRequestFilter {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SignInGuard guard;
    private final ProblemAnswer problems;
    private final Clock clock;

    SignInGuardFilter(SignInGuard guard, ProblemAnswer problems, Clock clock) {
        this.guard = guard;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = SignInEventsListener.isFormSignIn(request);
        String username = form ? request.getParameter("username") : basicUsername(request);
        Optional<LocalDateTime> refusedUntil = username == null ? Optional.empty() : refusedUntil(username, request);
        if (refusedUntil.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?locked="
                    + refusedUntil.get().truncatedTo(ChronoUnit.MINUTES));
            return;
        }
        long seconds = Math.max(1, Duration.between(LocalDateTime.now(clock), refusedUntil.get()).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "login.locked", SHOWN.format(refusedUntil.get()));
    }

    /**
     * With the database unreachable nobody can sign in anyway: the password check answers that (503 over the
     * API, so clients retry), not this filter with an error of its own.
     */
    private Optional<LocalDateTime> refusedUntil(String username, HttpServletRequest request) {
        try {
            return guard.refusedUntil(username, request.getRemoteAddr());
        } catch (DataAccessException databaseUnreachable) {
            return Optional.empty();
        }
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
