package org.mediationdesk.cases;

import java.time.LocalDateTime;

/**
 * One round of 督办 on a case: asked for at a level, given to the managers of {@code supervisingCentre}
 * (null: the administrators), instructed with a deadline for the centre's answer, then answered or lapsed.
 *
 * @param skippedCentres the centres passed over because nobody manages them, comma-separated, or null
 */
public record SupervisionRound(long id, long caseId, SupervisionReason reason, SupervisionLevel level,
                               String supervisingCentre, String skippedCentres, Long raisedFrom,
                               LocalDateTime openedAt, String instruction, String leadOfficial, String instructedBy,
                               LocalDateTime instructedAt, LocalDateTime answerDue, String answer, String answeredBy,
                               LocalDateTime answeredAt, LocalDateTime lapsedAt) {

    public boolean open() {
        return answeredAt == null && lapsedAt == null;
    }

    public boolean awaitingAnswer() {
        return open() && instructedAt != null;
    }
}
