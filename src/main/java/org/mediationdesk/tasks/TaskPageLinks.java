package org.mediationdesk.tasks;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task list in the navigation. */
@Configuration(proxyBeanMethods = false)
class TaskPageLinks {

    @Bean
    NavLink tasksLink() {
        return new NavLink(20, "/tasks", "nav.tasks", "nav.tasks.description", Set.of(Role.MEDIATOR, Role.MANAGER));
    }
}
