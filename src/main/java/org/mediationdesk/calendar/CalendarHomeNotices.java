package org.mediationdesk.calendar;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.web.HomeNotice;
import org.mediationdesk.web.HomeNotices;
import org.springframework.stereotype.Component;

/** Administrators and managers are told when a year the deadlines reach has no public holidays entered. */
@Component
class CalendarHomeNotices implements HomeNotices {

    private final WorkingCalendar calendar;

    CalendarHomeNotices(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<HomeNotice> noticesFor(AppUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.MANAGER)) {
            return List.of();
        }
        return calendar.yearsWithoutHolidays().stream()
                .map(year -> new HomeNotice(HomeNotice.Level.WARNING, "home.calendar.missing", List.of(year),
                        user.has(Role.ADMIN) ? "/admin/calendar?year=" + year : null))
                .toList();
    }
}
