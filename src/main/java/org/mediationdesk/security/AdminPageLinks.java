package org.mediationdesk.security;

import java.util.Set;

import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration pages in the navigation: users, mediators, the holiday calendar (ADMIN). */
@Configuration(proxyBeanMethods = false)
class AdminPageLinks {

    @Bean
    NavLink usersLink() {
        return new NavLink(40, "/admin/users", "nav.admin.users", "nav.admin.users.description", Set.of(Role.ADMIN));
    }

    @Bean
    NavLink mediatorsLink() {
        return new NavLink(41, "/admin/mediators", "nav.admin.mediators", "nav.admin.mediators.description",
                Set.of(Role.ADMIN));
    }

    @Bean
    NavLink calendarLink() {
        return new NavLink(42, "/admin/calendar", "nav.admin.calendar", "nav.admin.calendar.description",
                Set.of(Role.ADMIN));
    }
}
