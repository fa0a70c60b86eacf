package org.mediationdesk.schedule;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session diary in the navigation (mediators and managers). */
@Configuration(proxyBeanMethods = false)
class DiaryLinks {

    @Bean
    NavLink diaryLink() {
        return new NavLink(25, "/schedule", "nav.schedule", "nav.schedule.description", Set.of(Role.MEDIATOR, Role.MANAGER));
    }
}
