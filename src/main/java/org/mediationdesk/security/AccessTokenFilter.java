package org.mediationdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Signs an API call in by its personal access token ({@code Authorization: Bearer mdt_…}): no password,
 * no BCrypt. An unknown, expired or revoked token, or one of a disabled user, answers 401. Other bearer
 * tokens (an identity provider's) are left to the chain.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenStore tokens;
    private final AppUserDetailsService users;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    AccessTokenFilter(AccessTokenStore tokens, AppUserDetailsService users, MessageSource messages,
                      LocaleResolver locales, ObjectMapper json) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
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
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getWriter(), ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    messages.getMessage("token.invalid", null, locales.resolveLocale(request))));
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
