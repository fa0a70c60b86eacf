package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.stereotype.Service;

/**
 * Whose planned sessions a user's diary holds: a manager's are all those of the centres they oversee;
 * a mediator's those of their centre's cases they mediate or planned themselves. Others have none.
 */
@Service
public class UpcomingSessions {

    private final PlannedSessionMapper plans;
    private final CentreScope centreScope;
    private final ReferenceData referenceData;
    private final CaseJournal journal;

    UpcomingSessions(PlannedSessionMapper plans, CentreScope centreScope, ReferenceData referenceData,
                     CaseJournal journal) {
        this.plans = plans;
        this.centreScope = centreScope;
        this.referenceData = referenceData;
        this.journal = journal;
    }

    /** The user's sessions starting in [from, to) in one of {@code statuses}, earliest first. */
    public List<UpcomingSession> of(AppUser user, LocalDateTime from, LocalDateTime to,
                                    Collection<PlannedSession.Status> statuses) {
        boolean manager = user.has(Role.MANAGER);
        if (!manager && !user.has(Role.MEDIATOR) || statuses.isEmpty()) {
            return List.of();
        }
        Set<String> centres = centreScope.visibleCentres(user);
        if (centres.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = journal.now();
        return plans.findUpcoming(centres, manager ? null : user.username(), statuses, from, to).stream()
                .map(row -> view(row, now)).toList();
    }

    public LocalDateTime now() {
        return journal.now();
    }

    private UpcomingSession view(PlannedSessionMapper.UpcomingRow row, LocalDateTime now) {
        var centre = referenceData.centre(row.centreCode()).orElseThrow();
        var type = referenceData.disputeType(row.disputeTypeCode()).orElseThrow();
        List<CaseView.Named> agencies = SessionPlanning.split(row.invitedAgencies()).stream()
                .map(code -> referenceData.agency(code).orElseThrow())
                .map(agency -> new CaseView.Named(agency.code(), agency.nameZh(), agency.nameEn())).toList();
        return new UpcomingSession(row.id(), row.revision(), row.caseNumber(),
                new CaseView.Named(centre.code(), centre.nameZh(), centre.nameEn()),
                new CaseView.Named(type.code(), type.nameZh(), type.nameEn()), row.startsAt(), row.endsAt(), row.place(),
                SessionPlanning.split(row.invitedRoles()).stream().map(PartyRole::valueOf).toList(), agencies,
                row.status(), row.status() == PlannedSession.Status.PLANNED && !row.startsAt().isAfter(now));
    }
}
