package org.mediationdesk.calendar;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration page of the holiday calendar in the navigation (ADMIN). */
@Configuration(proxyBeanMethods = false)
class CalendarPageLinks {

    @Bean
    NavLink calendarLink() {
        return new NavLink(42, "/admin/calendar", "nav.admin.calendar", "nav.admin.calendar.description", Set.of(Role.ADMIN));
    }
}
