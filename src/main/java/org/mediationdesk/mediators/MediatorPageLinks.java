package org.mediationdesk.mediators;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration page of mediators (caseload, cap, specialties, leave) in the navigation (ADMIN). */
@Configuration(proxyBeanMethods = false)
class MediatorPageLinks {

    @Bean
    NavLink mediatorsLink() {
        return new NavLink(41, "/admin/mediators", "nav.admin.mediators", "nav.admin.mediators.description", Set.of(Role.ADMIN));
    }
}
