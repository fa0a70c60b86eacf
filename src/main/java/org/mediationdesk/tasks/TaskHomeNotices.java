package org.mediationdesk.tasks;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.web.HomeNotice;
import org.mediationdesk.web.HomeNotices;
import org.springframework.stereotype.Component;

/** Mediators and managers see on the home page how much work they hold, how much is overdue, and what waits in their queues. */
@Component
class TaskHomeNotices implements HomeNotices {

    private final TaskListing listing;

    TaskHomeNotices(TaskListing listing) {
        this.listing = listing;
    }

    @Override
    public List<HomeNotice> noticesFor(AppUser user) {
        if (!user.has(Role.MEDIATOR) && !user.has(Role.MANAGER)) {
            return List.of();
        }
        TaskListing.WorkCounts counts = listing.counts(user);
        var level = counts.overdue() > 0 ? HomeNotice.Level.WARNING : HomeNotice.Level.INFO;
        return List.of(new HomeNotice(level, "home.tasks", List.of(counts.mine(), counts.overdue(), counts.queued(),
                counts.moreQueued() ? 1 : 0),
                "/tasks"));
    }
}
