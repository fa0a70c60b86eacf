package org.mediationdesk.cases;

import java.time.LocalDateTime;

/**
 * A step of a case that people outside the centre follow (a court that entrusted it, the police who
 * referred it): published in the transaction that took the step, and heard synchronously there, so a
 * listener's writes (the exchange module's outbox) commit or roll back with the step.
 * {@code result} says how it ended where the step has a result: the mediation outcome, the court's
 * confirmation decision, where the case was referred, the closure type; null otherwise.
 */
public record CaseMilestone(long caseId, String caseNumber, Kind kind, LocalDateTime occurredAt, String result) {

    public enum Kind {
        CASE_ACCEPTED,
        SESSION_HELD,
        MEDIATION_ENDED,
        AGREEMENT_RECORDED,
        CONFIRMATION_DECIDED,
        REFERRED,
        CASE_CLOSED
    }
}
