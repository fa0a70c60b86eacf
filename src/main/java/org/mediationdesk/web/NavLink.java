package org.mediationdesk.web;

import java.util.Set;

import org.mediationdesk.security.Role;

/**
 * An entry of the navigation bar and a card on the home page. A feature adds one by declaring a
 * {@code @Bean NavLink} in its own package; {@code order} places it (10, 20, … leave room).
 *
 * @param labelKey       message key of the link text, e.g. {@code nav.tasks}
 * @param descriptionKey message key of the sentence on the home page card
 * @param roles          who sees it (any of them); an empty set means everyone signed in
 */
public record NavLink(int order, String href, String labelKey, String descriptionKey, Set<Role> roles) {

    public NavLink {
        roles = Set.copyOf(roles);
    }
}
