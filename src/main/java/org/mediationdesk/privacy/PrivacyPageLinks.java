package org.mediationdesk.privacy;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access records page in the navigation (ADMIN and the data-protection officer). */
@Configuration(proxyBeanMethods = false)
class PrivacyPageLinks {

    @Bean
    NavLink accessRecordsLink() {
        return new NavLink(45, "/privacy/access-records", "nav.privacy.records", "nav.privacy.records.description",
                Set.of(Role.ADMIN, Role.DPO));
    }
}
