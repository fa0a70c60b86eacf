package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A session planned ahead: when, where, who is invited (party roles, agency codes, others as text).
 * {@code awaitingRecord} (待记录): still planned though its start has passed, so its record is due.
 */
public record PlannedSession(long id, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                             List<PartyRole> invitedRoles, List<String> invitedAgencies, String invitedOthers,
                             String note, Status status, String plannedBy, boolean awaitingRecord) {

    /** PLANNED until cancelled or recorded as held. */
    public enum Status {
        PLANNED, CANCELLED, HELD
    }
}
