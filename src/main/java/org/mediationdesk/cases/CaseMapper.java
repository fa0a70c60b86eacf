package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.reference.DisputeSource;

@Mapper
interface CaseMapper {

    void insertCase(NewCase newCase);

    void insertParties(@Param("caseId") long caseId, @Param("parties") List<PartyRequest> parties);

    void insertEvent(CaseEvent event);

    void insertDecision(CaseDecision decision);

    /** Moves the case only if it is still in {@code from}; returns the rows changed. */
    int moveStatus(@Param("caseId") long caseId, @Param("from") CaseStatus from, @Param("to") CaseStatus to);

    void updateCentre(@Param("caseId") long caseId, @Param("centreCode") String centreCode);

    void updateProcessInstance(@Param("caseId") long caseId, @Param("processInstanceId") String processInstanceId);

    void updateAcceptanceDue(@Param("caseId") long caseId, @Param("due") LocalDateTime due);

    void startMediation(@Param("caseId") long caseId, @Param("at") LocalDateTime at,
                        @Param("mediationDue") LocalDateTime mediationDue);

    void markOverdue(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    void recordOutcome(@Param("caseId") long caseId, @Param("outcome") String outcome, @Param("at") LocalDateTime at);

    void close(@Param("caseId") long caseId, @Param("closureType") ClosureType closureType,
               @Param("at") LocalDateTime at);

    Optional<CaseRow> findById(long id);

    Optional<CaseRow> findByNumber(String caseNumber);

    List<CaseRow> findByProcessInstances(@Param("ids") Collection<String> processInstanceIds);

    List<PartyRow> findParties(long caseId);

    List<CaseEvent> findEvents(long caseId);

    List<CaseDecision> findDecisions(long caseId);

    /** A stored case as read back. */
    record CaseRow(long id, String caseNumber, String disputeTypeCode, DisputeSource source, String countyCode,
                   String townshipCode, String village, String description, LocalDate occurredOn,
                   int peopleInvolved, BigDecimal amountInDispute, CaseStatus status, String centreCode,
                   String processInstanceId, String registeredBy, LocalDateTime registeredAt,
                   LocalDateTime acceptanceDue, LocalDateTime mediationDue, LocalDateTime overdueSince,
                   LocalDateTime acceptedAt, String outcome, LocalDateTime outcomeAt, ClosureType closureType,
                   LocalDateTime closedAt) {
    }

    record PartyRow(PartyRole role, PartyKind kind, String name, String idNumber, String phone) {
    }
}
