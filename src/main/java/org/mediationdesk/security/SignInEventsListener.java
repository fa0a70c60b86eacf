package org.mediationdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Tells the {@link SignInGuard} of each password check: Spring Security publishes one event per check. */
@Component
class SignInEventsListener {

    private final SignInGuard guard;

    SignInEventsListener(SignInGuard guard) {
        this.guard = guard;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            guard.failed(attempt.getName(), address(attempt), channel());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken) {
            guard.succeeded(signedIn.getName(), address(signedIn), channel());
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static SignInChannel channel() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && isFormSignIn(attributes.getRequest()) ? SignInChannel.FORM : SignInChannel.BASIC;
    }

    static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }
}
