package org.mediationdesk.security.twofactor;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A session whose password was right but whose second factor is still to come: it carries no role, so no
 * page or action allows it, and {@link SecondFactorFilter} leads every page to the code.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    private final AppUser user;

    SecondFactorPending(AppUser user) {
        super(List.of());
        this.user = user;
        setAuthenticated(true);
    }

    AppUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user.username();
    }
}
