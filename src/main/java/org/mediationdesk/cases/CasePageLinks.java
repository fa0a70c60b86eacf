package org.mediationdesk.cases;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case pages in the navigation. */
@Configuration(proxyBeanMethods = false)
class CasePageLinks {

    @Bean
    NavLink registerDisputeLink() {
        return new NavLink(10, "/cases/new", "nav.register", "nav.register.description",
                Set.of(Role.INTAKE, Role.MEDIATOR, Role.MANAGER));
    }
}
