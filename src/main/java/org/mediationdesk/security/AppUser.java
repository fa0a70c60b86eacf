package org.mediationdesk.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: roles and the centre they work at (none for ADMIN and RULE_AUTHOR);
 * {@code passwordChangeRequired} while the password is still the one an administrator set;
 * {@code agencyCode} the agency an AGENCY user answers for (null for everyone else).
 */
public record AppUser(long id, String username, String passwordHash, String displayName, String centreCode,
                      boolean enabled, Set<Role> roles, boolean passwordChangeRequired, String agencyCode)
        implements UserDetails {

    public AppUser(long id, String username, String passwordHash, String displayName, String centreCode,
                   boolean enabled, Set<Role> roles) {
        this(id, username, passwordHash, displayName, centreCode, enabled, roles, false);
    }

    public AppUser(long id, String username, String passwordHash, String displayName, String centreCode,
                   boolean enabled, Set<Role> roles, boolean passwordChangeRequired) {
        this(id, username, passwordHash, displayName, centreCode, enabled, roles, passwordChangeRequired, null);
    }

    /** An agency's staff member: answers the opinions asked of {@link #agencyCode}. */
    public boolean answersFor(String agency) {
        return has(Role.AGENCY) && agencyCode != null && agencyCode.equals(agency);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
