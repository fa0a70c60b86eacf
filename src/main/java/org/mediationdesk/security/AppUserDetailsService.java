package org.mediationdesk.security;

import java.util.EnumSet;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users and their roles from the database. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserMapper users;

    AppUserDetailsService(UserMapper users) {
        this.users = users;
    }

    @Override
    public AppUser loadUserByUsername(String username) {
        UserMapper.UserRow row = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        var roles = users.findRoles(row.id());
        return new AppUser(row.id(), row.username(), row.passwordHash(), row.displayName(), row.centreCode(),
                row.enabled(), roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                row.passwordChangeRequired(), row.agencyCode());
    }
}
