package org.mediationdesk.users;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration page of users, their roles and centres in the navigation (ADMIN). */
@Configuration(proxyBeanMethods = false)
class UserPageLinks {

    @Bean
    NavLink usersLink() {
        return new NavLink(40, "/admin/users", "nav.admin.users", "nav.admin.users.description", Set.of(Role.ADMIN));
    }
}
