package org.mediationdesk.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The page sessions of signed-in users (Spring Security's session registry), so that disabling an
 * account or resetting its password also ends the sessions it has open: its next request goes to the
 * sign-in page. Sessions live in the database (Spring Session JDBC), so this ends them on every node.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endAllOf(String username) {
        registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }
}
