package org.mediationdesk.security.oidc;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** What profile {@code oidc} adds to the security chains: bearer tokens for the API, provider sign-in for pages. */
public interface OidcSecurity {

    void configureApi(HttpSecurity http) throws Exception;

    void configurePages(HttpSecurity http) throws Exception;
}
