package org.mediationdesk.security;


import java.util.List;
import java.util.stream.Stream;

import org.mediationdesk.security.oidc.OidcSecurity;
import org.mediationdesk.security.twofactor.SecondFactorSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * HTTP Basic or a personal access token for the JSON API, the Camunda REST API and actuator; form login
 * with CSRF for pages.
 * Camunda's web apps are for administrators and bring their own CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String INTAKE = Role.INTAKE.name();
    private static final String MEDIATOR = Role.MEDIATOR.name();
    private static final String MANAGER = Role.MANAGER.name();
    private static final String RULE_AUTHOR = Role.RULE_AUTHOR.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String DPO = Role.DPO.name();
    private static final String COURT = Role.COURT.name();
    private static final String AGENCY = Role.AGENCY.name();
    private static final String GRID_WORKER = Role.GRID_WORKER.name();
    private static final String POLICE = Role.POLICE.name();
    /**
     * Scripts only from our own files (no inline script, no eval); inline style attributes stay allowed. Forms
     * post to this application only, and to the identity provider with single sign-on (its sign-out).
     */
    private static String pagePolicy(List<String> formTargets) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action " + String.join(" ", Stream.concat(
                        Stream.of("'self'"), formTargets.stream()).toList()) + "; frame-ancestors 'self'";
    }

    /** The cost applies to new hashes only; a stored hash keeps the cost it was made with. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${mediationdesk.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    /**
     * Signed-in page sessions, so disabling a user ends theirs (SignedInSessions). They live in the
     * database (Spring Session JDBC), so this works whichever node the user's requests reach.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * A request the firewall refuses (a path parameter such as {@code /engine-rest;x/…}, an encoded slash)
     * is the client's mistake: 400, not a 500 with a stack trace in the log.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    @Bean
    FilterRegistrationBean<PathParameterFilter> pathParameterFilter() {
        FilterRegistrationBean<PathParameterFilter> registration = new FilterRegistrationBean<>(new PathParameterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The public side (package portal) for parties: its pages need no sign-in and never see a staff sign-in (the
     * session's staff security context is neither read nor written here), forms carry CSRF tokens, and the pages
     * have the staff pages' Content-Security-Policy. What a party verified lives in the session as plain attributes,
     * which the staff chains do not take for a sign-in.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/public"),
                        PathPatternRequestMatcher.withDefaults().matcher("/public/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(policy -> policy.policyDirectives(pagePolicy(List.of()))));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SignInFilters filters, ObjectProvider<OidcSecurity> oidc)
            throws Exception {
        // Camunda's REST API is a servlet of its own: match it by path, not as a Spring MVC route.
        var camundaRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(camundaRest,
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers(camundaRest).hasRole(ADMIN)
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/cases").hasAnyRole(INTAKE, MEDIATOR, MANAGER)
                        .requestMatchers("/api/court/**").hasRole(COURT)
                        .requestMatchers("/api/reports/**").hasAnyRole(MANAGER, ADMIN)
                        .requestMatchers("/api/messages/**").hasAnyRole(MANAGER, ADMIN)
                        .requestMatchers("/api/imports/**").hasAnyRole(INTAKE, MANAGER)
                        .requestMatchers("/api/rulesets/**").hasAnyRole(RULE_AUTHOR, ADMIN)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers("/api/privacy/erasures/**").hasRole(DPO)
                        .requestMatchers("/api/privacy/**").hasAnyRole(ADMIN, DPO)
                        .requestMatchers("/api/agency/**").hasRole(AGENCY)
                        .requestMatchers("/api/grid/**").hasRole(GRID_WORKER)
                        .requestMatchers("/api/police/**").hasRole(POLICE)
                        .requestMatchers(HttpMethod.PUT, "/api/calendar/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.DELETE, "/api/calendar/**").hasRole(ADMIN)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .addFilterBefore(filters.signInGuard(), BasicAuthenticationFilter.class)
                .addFilterBefore(filters.accessTokens(), BasicAuthenticationFilter.class)
                .addFilterAfter(filters.localPassword(), BasicAuthenticationFilter.class)
                .addFilterAfter(filters.apiSecondFactor(), BasicAuthenticationFilter.class)
                .addFilterAfter(filters.passwordChange(), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication carries no cookie a forged request could ride on.
                .csrf(csrf -> csrf.disable());
        // Single sign-on (profile oidc, package security.oidc): bearer tokens beside HTTP Basic.
        for (OidcSecurity sso : oidc) {
            sso.configureApi(http);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, SessionRegistry sessionRegistry, SignInFilters filters,
                                     LocalSignInRoles localSignIn, SecondFactorSignIn secondFactor,
                                     ObjectProvider<OidcSecurity> oidc,
                                     @Value("${mediationdesk.security.max-sessions-per-user:-1}") int maxSessions)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        // The sign-in page with any query (?lang=en, ?locked=…): form login permits only its exact URLs.
                        .requestMatchers(HttpMethod.GET, "/login").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/camunda/**", "/admin/**").hasRole(ADMIN)
                        .requestMatchers("/rulesets/**").hasAnyRole(RULE_AUTHOR, ADMIN)
                        .requestMatchers("/privacy/erasures/**").hasRole(DPO)
                        .requestMatchers("/privacy/**").hasAnyRole(ADMIN, DPO)
                        .requestMatchers("/cases/new").hasAnyRole(INTAKE, MEDIATOR, MANAGER)
                        .requestMatchers("/imports/**").hasAnyRole(INTAKE, MANAGER)
                        .requestMatchers("/tasks/**").hasAnyRole(MEDIATOR, MANAGER, ADMIN)
                        .requestMatchers("/schedule/**").hasAnyRole(MEDIATOR, MANAGER)
                        .requestMatchers("/agency/**").hasRole(AGENCY)
                        .requestMatchers("/grid/**").hasRole(GRID_WORKER)
                        .requestMatchers("/police/**").hasRole(POLICE)
                        // A calendar app cannot sign in: the feed's secret token is its credential.
                        .requestMatchers(HttpMethod.GET, "/feeds/sessions/*").permitAll()
                        .requestMatchers("/dashboard/**", "/reports/**", "/messages/**").hasAnyRole(MANAGER, ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(localSignIn.onlyThen(secondFactor)).permitAll())
                .addFilterBefore(filters.signInGuard(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(filters.pageSecondFactor(), AnonymousAuthenticationFilter.class)
                .addFilterAfter(filters.passwordChange(), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.maximumSessions(maxSessions).sessionRegistry(sessionRegistry)
                        .expiredUrl("/login"))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // Camunda's web apps send a policy of their own; two would both apply.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(pagePolicy(oidc.stream()
                                        .flatMap(sso -> sso.formTargets().stream()).toList())))))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
        // Single sign-on (profile oidc, package security.oidc): the provider's sign-in beside the local form.
        for (OidcSecurity sso : oidc) {
            sso.configurePages(http);
        }
        return http.build();
    }
}
