package org.mediationdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
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

    private static final Logger LOG = LoggerFactory.getLogger(SignInEventsListener.class);

    private final SignInGuard guard;

    SignInEventsListener(SignInGuard guard) {
        this.guard = guard;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            unlessDatabaseUnreachable(() -> guard.failed(attempt.getName(), address(attempt), channel()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken) {
            unlessDatabaseUnreachable(() -> guard.succeeded(signedIn.getName(), address(signedIn), channel()));
        }
    }

    /**
     * The check itself is done: a database that went away just after it loses this record (logged), rather than
     * turning the answer the check gave into an error.
     */
    private static void unlessDatabaseUnreachable(Runnable record) {
        try {
            record.run();
        } catch (DataAccessException databaseUnreachable) {
            LOG.warn("Sign-in not recorded: the database is unreachable ({})", databaseUnreachable.getMessage());
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
