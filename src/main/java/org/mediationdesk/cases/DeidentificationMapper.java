package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What de-identifying a closed case reads and writes (DeidentificationMapper.xml). */
@Mapper
interface DeidentificationMapper {

    /** Closed cases still holding personal data, closed before {@code before}, by id after {@code afterId}. */
    List<ClosedCase> findClosedBefore(@Param("before") LocalDateTime before, @Param("afterId") long afterId,
                                      @Param("limit") int limit);

    /** 1 when this call marked the closed case de-identified, 0 when it is not closed or another node did it first. */
    int markDeidentified(@Param("id") long caseId, @Param("now") LocalDateTime now);

    List<Party> findParties(@Param("caseId") long caseId);

    /** The party's name becomes {@code label}; its ID number and phone NULL. */
    void replaceParty(@Param("id") long partyId, @Param("label") String label);

    /** Replaces {@code name} by {@code label} in one free-text column of the case's rows of {@code table}. */
    void replaceInText(@Param("text") FreeText text, @Param("caseId") long caseId, @Param("name") String name,
                       @Param("label") String label);

    /** Replaces whatever looks like an ID number or mobile number in one free-text column of the case's rows. */
    void removeNumbersInText(@Param("text") FreeText text, @Param("caseId") long caseId,
                             @Param("removed") String removed);

    record ClosedCase(long id, String caseNumber, String centreCode, LocalDateTime closedAt, String status,
                      LocalDateTime deidentifiedAt) {
    }

    record Party(long id, PartyRole role, String name) {
    }

    /** A free-text column that may name parties: its table, column, and the column holding the case id. */
    record FreeText(String table, String column, String caseColumn) {
    }
}
