/**
 * The second factor of a local sign-in (RFC 6238 one-time codes from any authenticator app, and one-time
 * recovery codes): required for the roles configured in {@code mediationdesk.security.second-factor.roles}
 * and for anyone who enrolled. With single sign-on the identity provider asks for it instead.
 * {@link org.mediationdesk.security.twofactor.SecondFactors} is what the users pages see of it.
 */
@NamedInterface("twofactor")
package org.mediationdesk.security.twofactor;

import org.springframework.modulith.NamedInterface;
