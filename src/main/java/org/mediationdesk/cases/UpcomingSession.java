package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A planned session as a diary or calendar feed shows it: the case, its centre and dispute type, when,
 * where, and who is invited by role or agency. It holds no names, ID numbers, phones, notes or free
 * text about people, so it may leave the application (a phone's calendar). {@code revision} rises
 * with every change of the plan.
 */
public record UpcomingSession(long id, int revision, String caseNumber, CaseView.Named centre, CaseView.Named type,
                              LocalDateTime startsAt, LocalDateTime endsAt, String place,
                              List<PartyRole> invitedRoles, List<CaseView.Named> invitedAgencies,
                              PlannedSession.Status status, boolean awaitingRecord) {
}
