package org.mediationdesk.web;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Links to what the application serves besides its own pages: the process engine's web apps and the API description. */
@Configuration(proxyBeanMethods = false)
class AdministrationLinks {

    @Bean
    NavLink camundaLink() {
        return new NavLink(900, "/camunda/app/", "nav.camunda", "nav.camunda.description", Set.of(Role.ADMIN));
    }

    @Bean
    NavLink apiDocsLink() {
        return new NavLink(910, "/swagger-ui.html", "nav.apiDocs", "nav.apiDocs.description", Set.of());
    }
}
