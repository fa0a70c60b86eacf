package org.mediationdesk.exchange;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event feed's administration page in the navigation (ADMIN). */
@Configuration(proxyBeanMethods = false)
class ExchangePageLinks {

    @Bean
    NavLink webhooksLink() {
        return new NavLink(43, "/admin/webhooks", "nav.admin.webhooks", "nav.admin.webhooks.description", Set.of(Role.ADMIN));
    }
}
