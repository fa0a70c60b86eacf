package org.mediationdesk.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** An API call with a local password (HTTP Basic) from an account {@link LocalSignInRoles} does not allow: 403. */
class LocalPasswordFilter extends OncePerRequestFilter {

    private final LocalSignInRoles roles;
    private final ProblemAnswer problems;

    LocalPasswordFilter(LocalSignInRoles roles, ProblemAnswer problems) {
        this.roles = roles;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUser user
                && HttpBasic.sent(request) && !roles.allows(user)) {
            problems.send(request, response, HttpStatus.FORBIDDEN, "login.localNotAllowed");
            return;
        }
        chain.doFilter(request, response);
    }
}
