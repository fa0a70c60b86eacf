package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;

/** Read-only queries for the facts of many cases at once: two queries for a whole period. */
@Mapper
interface CaseFactsMapper {

    /** {@code centres}: the centres the cases are at now; null for every centre, never empty. */
    int countRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                        @Param("centres") Collection<String> centres);

    /** {@code centres}: the centres the cases are at now; null for every centre, never empty. */
    List<CaseFactsRow> findRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
                                      @Param("centres") Collection<String> centres);

    /** The parties of the cases registered in the period, with their case's id and registration time. */
    List<PartyFactsRow> findPartiesOfRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    record CaseFactsRow(long id, String caseNumber, LocalDateTime registeredAt, String disputeTypeCode,
                        DisputeSource source, String countyCode, String townshipCode, int peopleInvolved,
                        BigDecimal amountInDispute, String description, String riskIndicators, CourtStage courtStage,
                        String centreCode, String chosenMediator, String mediator) {
    }

    record PartyFactsRow(long caseId, LocalDateTime registeredAt, long id, PartyKind kind, String name,
                         String idNumber, String idNumberLookup, String phoneLookup, String vulnerabilities) {
    }
}
