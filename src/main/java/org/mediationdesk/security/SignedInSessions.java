package org.mediationdesk.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The page sessions of signed-in users (Spring Security's session registry), so that disabling an
 * account or resetting its password also ends the sessions it has open: its next request goes to the
 * sign-in page. Sessions live in each node's memory, so on a cluster this ends them on this node only.
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAllOf(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AppUser user && user.username().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
