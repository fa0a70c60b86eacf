package org.mediationdesk.security.oidc;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** What profile {@code oidc} adds to the security chains: bearer tokens for the API, provider sign-in for pages. */
public interface OidcSecurity {

    void configureApi(HttpSecurity http) throws Exception;

    void configurePages(HttpSecurity http) throws Exception;

    /**
     * The provider's origins, which the pages' Content-Security-Policy must allow as form targets: signing out
     * posts to {@code /logout}, which redirects to the provider's end-session endpoint, and browsers apply
     * {@code form-action} to that redirect too.
     */
    List<String> formTargets();
}
