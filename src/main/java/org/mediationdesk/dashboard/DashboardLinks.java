package org.mediationdesk.dashboard;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardLinks {

    @Bean
    NavLink dashboardLink() {
        return new NavLink(30, "/dashboard", "nav.dashboard", "nav.dashboard.description", Set.of(Role.MANAGER, Role.ADMIN));
    }
}
