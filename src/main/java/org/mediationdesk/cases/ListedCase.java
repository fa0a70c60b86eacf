package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A case as the task lists keep it beside its tasks: what a row shows and what a list filters on.
 * {@code clockRunning}: a deadline runs, so the case has a warning colour: from {@code yellowAt} yellow and
 * from {@code redAt} red (null: not within twice the deadline's time), green before.
 */
public record ListedCase(String caseNumber, CaseStatus status, String disputeType, String centreCode, String policeDesk,
                         LocalDateTime overdueSince, boolean clockRunning, LocalDateTime yellowAt, LocalDateTime redAt,
                         List<String> applicants, List<String> respondents, List<String> parties, String riskLevel,
                         List<String> riskFlags, LocalDateTime registeredAt) {
}
