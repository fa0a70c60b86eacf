/**
 * OpenID Connect single sign-on (profile {@code oidc}): pages sign in at the identity provider, API clients
 * send its bearer tokens. Roles and centre come from the token's claims; each sign-in keeps the local user
 * record (which caseloads, assignment and audit refer to) in step with them.
 */
package org.mediationdesk.security.oidc;
