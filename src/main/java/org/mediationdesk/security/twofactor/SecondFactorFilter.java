package org.mediationdesk.security.twofactor;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.HttpBasic;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages: a session waiting for its second factor reaches only the code page (and sign-out). API: a user who
 * needs a second factor cannot use HTTP Basic, which has none; they create a personal access token on their
 * page, after signing in with both factors.
 */
public final class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_PAGE = "/account/second-factor";
    private static final List<String> ALWAYS_OPEN = List.of(CODE_PAGE, "/logout", "/login", "/error", "/css/", "/js/",
            "/webjars/", "/favicon.ico");

    private final SecondFactors factors;
    private final Refusal refuseBasic;

    private SecondFactorFilter(SecondFactors factors, Refusal refuseBasic) {
        this.factors = factors;
        this.refuseBasic = refuseBasic;
    }

    public static SecondFactorFilter forPages(SecondFactors factors) {
        return new SecondFactorFilter(factors, null);
    }

    /** {@code refuseBasic} answers an API call that came with a password alone. */
    public static SecondFactorFilter forApi(SecondFactors factors,
                                            Refusal refuseBasic) {
        return new SecondFactorFilter(factors, refuseBasic);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication instanceof SecondFactorPending && ALWAYS_OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        if (refuseBasic != null && authentication != null && authentication.getPrincipal() instanceof AppUser user
                && HttpBasic.sent(request) && factors.requiredFor(user)) {
            refuseBasic.send(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** How the API answers a refused call (a problem document in the caller's language). */
    @FunctionalInterface
    public interface Refusal {
        void send(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }
}
