package org.mediationdesk.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The filters the security chains add for signing in: the login-failure guard, personal access tokens and the
 * forced change of an administrator-set password. Made here rather than as beans, so Spring Boot does not also
 * register them as servlet filters outside the chains.
 */
@Component
class SignInFilters {

    private final SignInGuardFilter signInGuard;
    private final AccessTokenFilter accessTokens;
    private final PasswordChangeFilter passwordChange;

    SignInFilters(SignInGuard guard, AccessTokenStore tokens, AppUserDetailsService users, MessageSource messages,
                  LocaleResolver locales, ObjectMapper json, Clock clock) {
        ProblemAnswer problems = new ProblemAnswer(messages, locales, json);
        this.signInGuard = new SignInGuardFilter(guard, problems, clock);
        this.accessTokens = new AccessTokenFilter(tokens, users, problems);
        this.passwordChange = new PasswordChangeFilter(problems);
    }

    SignInGuardFilter signInGuard() {
        return signInGuard;
    }

    AccessTokenFilter accessTokens() {
        return accessTokens;
    }

    PasswordChangeFilter passwordChange() {
        return passwordChange;
    }
}
