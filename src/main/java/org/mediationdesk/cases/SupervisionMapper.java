package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rounds of 督办 (case_supervision): who was asked, what they instructed, and the centre's answer. */
@Mapper
interface SupervisionMapper {

    void insert(NewRound round);

    Optional<SupervisionRound> findById(long id);

    List<SupervisionRound> findByCase(long caseId);

    int instruct(@Param("id") long id, @Param("instruction") String instruction,
                 @Param("leadOfficial") String leadOfficial, @Param("by") String by, @Param("at") LocalDateTime at,
                 @Param("answerDue") LocalDateTime answerDue);

    int answer(@Param("id") long id, @Param("answer") String answer, @Param("by") String by,
               @Param("at") LocalDateTime at);

    int markLapsed(@Param("id") long id, @Param("at") LocalDateTime at);

    /** A round as it is inserted; {@code id} is filled in by the insert. */
    final class NewRound {
        Long id;
        final long caseId;
        final SupervisionReason reason;
        final SupervisionLevel level;
        final String supervisingCentre;
        final String skippedCentres;
        final Long raisedFrom;
        final LocalDateTime openedAt;

        NewRound(long caseId, SupervisionReason reason, SupervisionLevel level, String supervisingCentre,
                 String skippedCentres, Long raisedFrom, LocalDateTime openedAt) {
            this.caseId = caseId;
            this.reason = reason;
            this.level = level;
            this.supervisingCentre = supervisingCentre;
            this.skippedCentres = skippedCentres;
            this.raisedFrom = raisedFrom;
            this.openedAt = openedAt;
        }
    }
}
