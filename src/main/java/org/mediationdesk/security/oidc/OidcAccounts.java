package org.mediationdesk.security.oidc;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a token's claims into the signed-in {@link AppUser}, creating or updating the local user record so
 * that caseloads, assignment and audit refer to the same person whichever way they signed in.
 */
class OidcAccounts {

    /** Not a BCrypt hash, so the account can never sign in with a local password. */
    static final String NO_LOCAL_PASSWORD = "!oidc";
    private static final int DEFAULT_CASE_CAP = 20;
    private static final Set<Role> WITHOUT_CENTRE = EnumSet.of(Role.ADMIN, Role.RULE_AUTHOR, Role.AGENCY);

    private final UserMapper users;
    private final ReferenceData referenceData;
    private final OidcProperties properties;
    private final Clock clock;

    OidcAccounts(UserMapper users, ReferenceData referenceData, OidcProperties properties, Clock clock) {
        this.users = users;
        this.referenceData = referenceData;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public AppUser signIn(Map<String, Object> claims) {
        String username = text(claims.get(properties.usernameClaim()));
        if (username == null) {
            username = text(claims.get("sub"));
        }
        if (PeopleNames.isReserved(username)) {
            throw OidcAccountRefused.reservedName(username);
        }
        Set<Role> roles = roles(claims.get(properties.rolesClaim()));
        if (roles.isEmpty()) {
            throw new OidcAccountRefused(username, "no role");
        }
        String centre = centre(claims.get(properties.centreClaim()));
        if (centre == null && !WITHOUT_CENTRE.containsAll(roles)) {
            throw new OidcAccountRefused(username, "no centre");
        }
        String agency = roles.contains(Role.AGENCY) ? agency(claims.get(properties.agencyClaim())) : null;
        if (roles.contains(Role.AGENCY) && agency == null) {
            throw new OidcAccountRefused(username, "no agency");
        }
        String displayName = text(claims.get(properties.displayNameClaim()));
        return store(username, displayName == null ? username : displayName, centre, agency, roles);
    }

    private AppUser store(String username, String displayName, String centre, String agency, Set<Role> roles) {
        var existing = users.findByUsername(username);
        long id;
        if (existing.isPresent()) {
            if (!existing.get().enabled()) {
                throw new OidcAccountRefused(username, "disabled here");
            }
            id = existing.get().id();
            if (unchanged(existing.get(), displayName, centre, agency, roles)) {
                return signedIn(id, username, displayName, centre, agency, roles);
            }
            users.updateProfile(id, displayName, centre);
            users.deleteRoles(id);
        } else {
            var user = new UserMapper.NewUser(username, NO_LOCAL_PASSWORD, displayName, centre, LocalDateTime.now(clock));
            users.insertUser(user);
            id = user.getId();
        }
        users.updateAgency(id, agency);
        roles.forEach(role -> users.insertRole(id, role));
        boolean mediator = roles.contains(Role.MEDIATOR);
        if (users.isMediator(id)) {
            users.updateMediatorActive(id, mediator);
        } else if (mediator) {
            users.insertMediator(id, DEFAULT_CASE_CAP);
        }
        return signedIn(id, username, displayName, centre, agency, roles);
    }

    private static AppUser signedIn(long id, String username, String displayName, String centre, String agency,
                                    Set<Role> roles) {
        return new AppUser(id, username, NO_LOCAL_PASSWORD, displayName, centre, true, Set.copyOf(roles), false, agency);
    }

    /** Most calls carry the same claims as the last one: they read the record but write nothing. */
    private boolean unchanged(UserMapper.UserRow row, String displayName, String centre, String agency, Set<Role> roles) {
        return Objects.equals(row.displayName(), displayName) && Objects.equals(row.centreCode(), centre)
                && Objects.equals(row.agencyCode(), agency) && Set.copyOf(users.findRoles(row.id())).equals(roles);
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(claim)) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(value)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** A group path such as {@code /centres/NX-COUNTY} counts by its last part. */
    private String centre(Object claim) {
        return values(claim).stream()
                .map(value -> value.substring(value.lastIndexOf('/') + 1))
                .filter(code -> referenceData.centre(code).isPresent())
                .findFirst().orElse(null);
    }

    /** Like the centre: a code, or a group whose last part names a known agency. */
    private String agency(Object claim) {
        return values(claim).stream()
                .map(value -> value.substring(value.lastIndexOf('/') + 1))
                .filter(code -> referenceData.agency(code).isPresent())
                .findFirst().orElse(null);
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        String one = text(claim);
        return one == null ? List.of() : List.of(one.split("[,\\s]+"));
    }

    private static String text(Object claim) {
        return claim == null || String.valueOf(claim).isBlank() ? null : String.valueOf(claim);
    }
}
