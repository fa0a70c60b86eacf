package org.mediationdesk.partners;

import java.util.Set;

import org.mediationdesk.security.Role;
import org.mediationdesk.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Each partner's own list in the navigation. */
@Configuration(proxyBeanMethods = false)
class PartnerLinks {

    @Bean
    NavLink agencyOpinionsLink() {
        return new NavLink(12, "/agency/opinions", "nav.agencyOpinions", "nav.agencyOpinions.description",
                Set.of(Role.AGENCY));
    }

    @Bean
    NavLink gridReportLink() {
        return new NavLink(13, "/grid/reports/new", "nav.gridReport", "nav.gridReport.description",
                Set.of(Role.GRID_WORKER));
    }

    @Bean
    NavLink gridReportsLink() {
        return new NavLink(14, "/grid/reports", "nav.gridReports", "nav.gridReports.description",
                Set.of(Role.GRID_WORKER));
    }

    @Bean
    NavLink policeNoticesLink() {
        return new NavLink(15, "/police/notices", "nav.policeNotices", "nav.policeNotices.description",
                Set.of(Role.POLICE));
    }
}
