package org.mediationdesk.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.security.twofactor.SecondFactorFilter;
import org.mediationdesk.security.twofactor.SecondFactors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The filters the security chains add for signing in: the login-failure guard, personal access tokens, the
 * forced change of an administrator-set password and the second factor. Made here rather than as beans, so Spring Boot does not also
 * register them as servlet filters outside the chains.
 */
@Component
class SignInFilters {

    private final SignInGuardFilter signInGuard;
    private final AccessTokenFilter accessTokens;
    private final PasswordChangeFilter passwordChange;
    private final SecondFactorFilter pageSecondFactor;
    private final SecondFactorFilter apiSecondFactor;
    private final LocalPasswordFilter localPassword;

    SignInFilters(SignInGuard guard, AccessTokenStore tokens, AppUserDetailsService users, SecondFactors factors,
                  LocalSignInRoles localSignIn, MessageSource messages, LocaleResolver locales, ObjectMapper json, Clock clock) {
        ProblemAnswer problems = new ProblemAnswer(messages, locales, json);
        this.signInGuard = new SignInGuardFilter(guard, problems, clock);
        this.accessTokens = new AccessTokenFilter(tokens, users, problems);
        this.passwordChange = new PasswordChangeFilter(problems);
        this.pageSecondFactor = SecondFactorFilter.forPages(factors);
        this.apiSecondFactor = SecondFactorFilter.forApi(factors, (request, response) ->
                problems.send(request, response, HttpStatus.FORBIDDEN, "account.secondFactor.useToken"));
        this.localPassword = new LocalPasswordFilter(localSignIn, problems);
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

    SecondFactorFilter pageSecondFactor() {
        return pageSecondFactor;
    }

    SecondFactorFilter apiSecondFactor() {
        return apiSecondFactor;
    }

    LocalPasswordFilter localPassword() {
        return localPassword;
    }
}
