package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;

/** Read-only queries for the facts of many cases at once (three queries for a whole period). */
@Mapper
interface CaseFactsMapper {

    int countRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<CaseFactsRow> findRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<PartyFactsRow> findPartiesOfRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Per case of the period, its earlier cases within 12 months sharing one party (or two or more). */
    List<HistoryRow> findHistoriesOfRegistered(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    record CaseFactsRow(long id, String caseNumber, LocalDateTime registeredAt, String disputeTypeCode,
                        DisputeSource source, String countyCode, String townshipCode, int peopleInvolved,
                        BigDecimal amountInDispute, String description, String riskIndicators, CourtStage courtStage,
                        String centreCode, String chosenMediator, String mediator) {
    }

    record PartyFactsRow(long caseId, PartyKind kind, String name, String idNumber, String vulnerabilities) {
    }

    record HistoryRow(long caseId, int ofAParty, int betweenTheParties) {
    }
}
