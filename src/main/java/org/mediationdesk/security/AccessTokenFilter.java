package org.mediationdesk.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in by its personal access token ({@code Authorization: Bearer mdt_…}): no password,
 * no BCrypt. An unknown, expired or revoked token, or one of a disabled user, answers 401. Other bearer
 * tokens (an identity provider's) are left to the chain.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenStore tokens;
    private final AppUserDetailsService users;
    private final ProblemAnswer problems;

    AccessTokenFilter(AccessTokenStore tokens, AppUserDetailsService users, ProblemAnswer problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER + AccessTokenStore.PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AppUser> user;
        try {
            user = tokens.usernameOf(header.substring(BEARER.length()).trim()).flatMap(this::enabledUser);
        } catch (DataAccessException databaseUnreachable) {
            // As for a password the database cannot check: try again shortly, the token is not wrong.
            response.setHeader(HttpHeaders.RETRY_AFTER, ApiAuthenticationEntryPoint.RETRY_AFTER_SECONDS);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        if (user.isEmpty()) {
            problems.send(request, response, HttpStatus.UNAUTHORIZED, "token.invalid");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<AppUser> enabledUser(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username)).filter(AppUser::enabled);
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }
}
