package org.mediationdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A user whose password an administrator set changes it before anything else: every page leads to
 * {@value #CHANGE_PAGE}, and the API answers 403 saying so.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    private static final List<String> ALWAYS_OPEN = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/css/",
            "/js/", "/webjars/", "/favicon.ico");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    PasswordChangeFilter(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null && authentication.getPrincipal() instanceof AppUser user
                && user.passwordChangeRequired();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange || ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (!path.startsWith("/api/")) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getWriter(), ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("account.password.changeFirst", null, locales.resolveLocale(request))));
    }
}
