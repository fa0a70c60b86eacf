package org.mediationdesk.security.oidc;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AccessTokenStore;
import org.mediationdesk.security.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The signed-in principal is always an {@link AppUser}, as with local accounts, so every controller's
 * {@code @AuthenticationPrincipal AppUser} and the centre checks work unchanged.
 */
class OidcSecurityChains implements OidcSecurity {

    private static final Logger log = LoggerFactory.getLogger(OidcSecurityChains.class);

    private static final String SIGNED_OUT = "/login?logout";

    private final OidcAccounts accounts;
    private final OidcProperties properties;
    private final ClientRegistrationRepository registrations;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OidcSecurityChains(OidcAccounts accounts, OidcProperties properties, ClientRegistrationRepository registrations) {
        this.accounts = accounts;
        this.properties = properties;
        this.registrations = registrations;
    }

    @Override
    public void configureApi(HttpSecurity http) throws Exception {
        // Personal access tokens (mdt_…) are bearer tokens too, but AccessTokenFilter's, never a JWT to decode.
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        http.oauth2ResourceServer(server -> server.bearerTokenResolver(request -> {
            String token = bearer.resolve(request);
            return token == null || token.startsWith(AccessTokenStore.PREFIX) ? null : token;
        }).jwt(jwt -> jwt.jwtAuthenticationConverter(this::fromToken)));
    }

    @Override
    public List<String> formTargets() {
        ClientRegistration.ProviderDetails provider = registrations.findByRegistrationId(properties.registrationId())
                .getProviderDetails();
        Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
        return Stream.of(provider.getIssuerUri(), endSession == null ? null : endSession.toString())
                .filter(Objects::nonNull).map(URI::create)
                .map(uri -> uri.getScheme() + "://" + uri.getAuthority()).distinct().toList();
    }

    @Override
    public void configurePages(HttpSecurity http) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login").successHandler(new SignedIn()))
                .logout(logout -> logout.logoutSuccessHandler(new SignedOut()));
    }

    private AbstractAuthenticationToken fromToken(Jwt jwt) {
        try {
            AppUser user = accounts.signIn(jwt.getClaims());
            return UsernamePasswordAuthenticationToken.authenticated(user, jwt, user.getAuthorities());
        } catch (OidcAccountRefused refused) {
            log.info("Bearer token refused: {} (claims {} and {})", refused.getMessage(), properties.rolesClaim(),
                    properties.centreClaim());
            throw new InvalidBearerTokenException(refused.forReservedName()
                    ? "This account's user name is kept for MediationDesk itself"
                    : "This account has no role or centre in MediationDesk");
        }
    }

    /** Replaces the provider's principal with the local user, or sends a person without role or centre back. */
    private final class SignedIn implements AuthenticationSuccessHandler {

        private final AuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            OidcUser provider = (OidcUser) authentication.getPrincipal();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            AppUser user;
            try {
                user = accounts.signIn(provider.getClaims());
            } catch (OidcAccountRefused refused) {
                log.info("Single sign-on refused: {} (claims {} and {})", refused.getMessage(), properties.rolesClaim(),
                        properties.centreClaim());
                SecurityContextHolder.clearContext();
                contexts.saveContext(context, request, response);
                response.sendRedirect(request.getContextPath()
                        + (refused.forReservedName() ? "/login?refused=reserved-name" : "/login?refused"));
                return;
            }
            // The ID token stays with the session for the provider's sign-out (SignedOut).
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, provider.getIdToken(),
                    user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            savedRequest.onAuthenticationSuccess(request, response, context.getAuthentication());
        }
    }

    /**
     * Signing out of a session that signed in at the provider ends the provider's session too (OpenID Connect
     * RP-Initiated Logout), so the next "single sign-on" asks for the password again; a local session only
     * comes back to the sign-in page.
     */
    private final class SignedOut implements LogoutSuccessHandler {

        private final SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();

        SignedOut() {
            local.setDefaultTargetUrl(SIGNED_OUT);
        }

        @Override
        public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                    Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            if (authentication != null && authentication.getCredentials() instanceof OidcIdToken idToken) {
                OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
                provider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
                var asSignedIn = new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(),
                        properties.registrationId());
                provider.onLogoutSuccess(request, response, asSignedIn);
                return;
            }
            local.onLogoutSuccess(request, response, authentication);
        }
    }
}
