package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    int updateRouting(@Param("caseId") long caseId, @Param("centreCode") String centreCode,
                      @Param("from") CaseStatus from, @Param("to") CaseStatus to);

    void updateProcessInstance(@Param("caseId") long caseId, @Param("processInstanceId") String processInstanceId);

    Optional<CaseRow> findById(long id);

    Optional<CaseRow> findByNumber(String caseNumber);

    List<PartyRow> findParties(long caseId);

    List<CaseEvent> findEvents(long caseId);

    List<CaseDecision> findDecisions(long caseId);

    /** A stored case as read back. */
    record CaseRow(long id, String caseNumber, String disputeTypeCode, DisputeSource source, String countyCode,
                   String townshipCode, String village, String description, LocalDate occurredOn,
                   int peopleInvolved, BigDecimal amountInDispute, CaseStatus status, String centreCode,
                   String processInstanceId, String registeredBy, LocalDateTime registeredAt) {
    }

    record PartyRow(PartyRole role, PartyKind kind, String name, String idNumber, String phone) {
    }
}
