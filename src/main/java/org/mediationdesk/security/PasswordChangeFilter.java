package org.mediationdesk.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password an administrator set changes it before anything else: every page leads to
 * {@value #CHANGE_PAGE}, and the API answers 403 saying so.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    private static final List<String> ALWAYS_OPEN = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/css/",
            "/js/", "/webjars/", "/favicon.ico");

    private final ProblemAnswer problems;

    PasswordChangeFilter(ProblemAnswer problems) {
        this.problems = problems;
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
        problems.send(request, response, HttpStatus.FORBIDDEN, "account.password.changeFirst");
    }
}
