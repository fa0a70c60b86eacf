package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the public side reads and writes of a case: a party found by its phone's blind index, its rating (V43). */
@Mapper
interface PublicCaseMapper {

    /** The first party of the case whose phone has this blind index; empty for another case or phone alike. */
    Optional<PartyRow> findParty(@Param("caseNumber") String caseNumber, @Param("phoneLookup") String phoneLookup);

    /** The parties' ratings of a case, in the parties' order. */
    List<RatingRow> findRatings(String caseNumber);

    Optional<Integer> findRating(@Param("caseId") long caseId, @Param("partyId") long partyId);

    void insertRating(@Param("caseId") long caseId, @Param("partyId") long partyId, @Param("score") int score,
                      @Param("comment") String comment, @Param("at") LocalDateTime at);

    /** The follow-up's satisfaction of one side from a party's own rating; @return 0 without a follow-up record */
    int updateSatisfaction(@Param("caseId") long caseId, @Param("applicant") boolean applicant,
                           @Param("score") int score);

    record PartyRow(long caseId, String caseNumber, long partyId, PartyRole role) {
    }

    record RatingRow(PartyRole role, int score, String comment, LocalDateTime ratedAt) {
    }
}
