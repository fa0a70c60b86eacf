package org.mediationdesk.security.oidc;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcAccountsTest {

    private final OidcAccounts accounts = new OidcAccounts(null, null,
            new OidcProperties("oidc", "preferred_username", "name", "md_roles", "md_centre", "md_agency"),
            Clock.systemUTC());

    @Test
    void anIdentityProviderAccountNamedAsTheSystemOrThePublicSideIsRefusedBeforeAnythingIsStored() {
        for (String reserved : List.of("system", "online", "public")) {
            assertThatThrownBy(() -> accounts.signIn(Map.of("preferred_username", reserved,
                    "md_roles", List.of("INTAKE"), "md_centre", "NX-COUNTY")))
                    .isInstanceOf(OidcAccountRefused.class).hasMessageContaining(reserved);
        }
    }
}
