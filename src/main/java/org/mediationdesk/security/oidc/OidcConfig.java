package org.mediationdesk.security.oidc;

import java.time.Clock;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.UserMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Single sign-on is on with profile {@code oidc} only; without it local accounts are the only way in. */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfig {

    @Bean
    OidcAccounts oidcAccounts(UserMapper users, ReferenceData referenceData, OidcProperties properties, Clock clock) {
        return new OidcAccounts(users, referenceData, properties, clock);
    }

    @Bean
    OidcSecurity oidcSecurity(OidcAccounts accounts, OidcProperties properties,
                              ClientRegistrationRepository registrations) {
        return new OidcSecurityChains(accounts, properties, registrations);
    }
}
