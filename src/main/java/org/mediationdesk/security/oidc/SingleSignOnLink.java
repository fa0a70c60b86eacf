package org.mediationdesk.security.oidc;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** With single sign-on, the sign-in page offers the provider's sign-in above the local form. */
@ControllerAdvice
@Profile("oidc")
class SingleSignOnLink {

    private final String url;

    SingleSignOnLink(OidcProperties properties) {
        this.url = "/oauth2/authorization/" + properties.registrationId();
    }

    @ModelAttribute("singleSignOnUrl")
    String singleSignOnUrl() {
        return url;
    }
}
