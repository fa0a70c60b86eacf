package org.mediationdesk.notifications;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The failed messages page in the navigation (managers and administrators). */
@Configuration(proxyBeanMethods = false)
class MessagePageLinks {

    @Bean
    NavLink failedMessagesLink() {
        return new NavLink(32, "/messages/failed", "nav.messages.failed", "nav.messages.failed.description",
                Set.of(Role.MANAGER, Role.ADMIN));
    }
}
