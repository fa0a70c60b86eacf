package org.mediationdesk.web;

import java.util.Comparator;
import java.util.List;

import org.mediationdesk.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The {@link NavLink}s a signed-in user may follow; templates call it as {@code @navigation}. */
@Component("navigation")
public class Navigation {

    private final List<NavLink> links;

    Navigation(List<NavLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    public List<NavLink> linksFor(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        var authorities = authentication.getAuthorities().stream().map(Object::toString).toList();
        return links.stream()
                .filter(link -> link.roles().isEmpty()
                        || link.roles().stream().map(Role::authority).anyMatch(authorities::contains))
                .toList();
    }
}
