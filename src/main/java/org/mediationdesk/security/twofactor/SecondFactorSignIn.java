package org.mediationdesk.security.twofactor;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After a right password: a user who needs a second factor is held at {@link SecondFactorPending} and sent to
 * the code page; everyone else goes on to the page they asked for. The right code then completes the sign-in.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

    private final SecondFactors factors;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorSignIn(SecondFactors factors) {
        this.factors = factors;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof AppUser user && factors.requiredFor(user)) {
            save(new SecondFactorPending(user), request, response);
            response.sendRedirect(request.getContextPath() + SecondFactorFilter.CODE_PAGE);
            return;
        }
        savedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    /** The second factor was right: the session gets the user's roles, under a new session id. */
    void complete(AppUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    /** Where the user wanted to go before signing in (or the home page). */
    void continueTo(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        savedRequest.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
