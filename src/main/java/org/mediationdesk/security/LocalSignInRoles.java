package org.mediationdesk.security;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Who may sign in with a local password ({@code mediationdesk.security.local-sign-in-roles}): everyone when
 * empty, as without single sign-on; with it (profile oidc) only the break-glass administrators, so a county's
 * staff cannot go round the identity provider with an old local password.
 */
@Component
public class LocalSignInRoles {

    private final Set<Role> roles;

    LocalSignInRoles(@Value("${mediationdesk.security.local-sign-in-roles:}") Set<Role> roles) {
        this.roles = roles;
    }

    public boolean allows(AppUser user) {
        return roles.isEmpty() || user.roles().stream().anyMatch(roles::contains);
    }

    /** The sign-in page's answer to a right password: refused (signed out again) unless allowed, else {@code next}. */
    AuthenticationSuccessHandler onlyThen(AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof AppUser user && !allows(user)) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                response.sendRedirect(request.getContextPath() + "/login?localRefused");
                return;
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
