package org.mediationdesk.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of the provider's tokens carry what. The roles claim holds role names (INTAKE, MEDIATOR,
 * MANAGER, RULE_AUTHOR, ADMIN; others are ignored); the centre claim holds a centre code, or a list of
 * group names of which the one naming a known centre counts; the agency claim likewise holds the agency an AGENCY user
 * answers for (it may be the same group list: the group naming a known agency counts).
 *
 * @param registrationId the {@code spring.security.oauth2.client.registration} entry pages sign in with
 */
@ConfigurationProperties("mediationdesk.oidc")
public record OidcProperties(@DefaultValue("oidc") String registrationId,
                             @DefaultValue("preferred_username") String usernameClaim,
                             @DefaultValue("name") String displayNameClaim,
                             @DefaultValue("md_roles") String rolesClaim,
                             @DefaultValue("md_centre") String centreClaim,
                             @DefaultValue("md_agency") String agencyClaim) {
}
