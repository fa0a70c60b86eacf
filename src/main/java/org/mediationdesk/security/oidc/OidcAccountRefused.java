package org.mediationdesk.security.oidc;

/** The provider knows the person, but their token gives them no role here, or no centre their role needs. */
class OidcAccountRefused extends RuntimeException {

    OidcAccountRefused(String username, String reason) {
        super(username + ": " + reason);
    }
}
