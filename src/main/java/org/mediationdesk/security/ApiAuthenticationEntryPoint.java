package org.mediationdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Wrong or missing credentials answer 401. When the user could not be looked up at all (the
 * database is down or restarting) the answer is 503 with Retry-After instead: a 401 would tell the
 * client its password is wrong, and it would give up rather than retry with its Idempotency-Key.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException failure) {
        if (failure instanceof InternalAuthenticationServiceException) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        } else {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        }
    }
}
