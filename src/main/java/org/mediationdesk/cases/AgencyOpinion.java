package org.mediationdesk.cases;

import java.time.LocalDateTime;

/** An agency asked to join a mediation (联合调解), and its answer. */
public record AgencyOpinion(String agencyCode, Status status, String requestedBy, LocalDateTime requestedAt,
                            LocalDateTime dueAt, String opinion, String answeredBy, LocalDateTime answeredAt) {

    public enum Status {
        REQUESTED, GIVEN, MISSING
    }
}
