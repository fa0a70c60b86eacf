package org.mediationdesk.process;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Signs the Spring Security user into Cockpit, Tasklist and Admin, so administrators need no
 * second password. Spring Security already limits {@code /camunda/**} to ADMIN; Camunda's web apps
 * additionally need the user in their own identity store, so an administrator is mirrored there
 * (with an unusable password) when they sign in.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSecurity {

    private final IdentityService identityService;

    CamundaWebappSecurity(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private static final int MIRROR_ATTEMPTS = 4;

    @EventListener
    void mirrorAdministrator(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AppUser user) || !user.has(Role.ADMIN)
                || mirrored(user)) {
            return;
        }
        // Concurrent first requests of a new administrator (or of two) race to create the same rows; a
        // loser goes again, and its checks now see what the winners stored.
        for (int attempt = 1; ; attempt++) {
            try {
                mirror(user);
                return;
            } catch (ProcessEngineException raced) {
                if (attempt == MIRROR_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private boolean mirrored(AppUser user) {
        return identityService.createUserQuery().userId(user.username()).memberOfGroup(Groups.CAMUNDA_ADMIN)
                .count() > 0;
    }

    private void mirror(AppUser user) {
        if (identityService.createUserQuery().userId(user.username()).count() == 0) {
            User camundaUser = identityService.newUser(user.username());
            camundaUser.setFirstName(user.displayName());
            camundaUser.setLastName("");
            camundaUser.setPassword(UUID.randomUUID().toString());
            identityService.saveUser(camundaUser);
        }
        if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        if (!mirrored(user)) {
            identityService.createMembership(user.username(), Groups.CAMUNDA_ADMIN);
        }
    }
}
