package org.mediationdesk.security.twofactor;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code roles}: who must sign in with a second factor (administrators and the data-protection officer, who sees
 * every party's data, by default; add MANAGER where the county asks for it; the demo profile empties it). {@code issuer}: the name authenticator apps show beside the account.
 */
@ConfigurationProperties("mediationdesk.security.second-factor")
record SecondFactorProperties(@DefaultValue({"ADMIN", "DPO"}) Set<Role> roles, @DefaultValue("MediationDesk") String issuer,
                              @DefaultValue("10") int recoveryCodes) {
}
