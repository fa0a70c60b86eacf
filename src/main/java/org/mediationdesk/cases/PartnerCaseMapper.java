package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** The lists partners keep: opinions asked of an agency, alerts to a police desk, a grid worker's reports. */
@Mapper
interface PartnerCaseMapper {

    List<OpinionRow> findOpinionsAskedOf(String agencyCode);

    List<AlertRow> findAlertsTo(String policeDesk);

    List<ReportRow> findRegisteredBy(String username);

    record OpinionRow(String caseNumber, String disputeTypeCode, String centreCode, CaseStatus status,
                      AgencyOpinion.Status opinionStatus, LocalDateTime requestedAt, LocalDateTime dueAt,
                      String answeredBy, LocalDateTime answeredAt) {
    }

    record AlertRow(String caseNumber, String disputeTypeCode, String centreCode, CaseStatus status, String riskLevel,
                    LocalDateTime alertedAt, String acknowledgedBy, LocalDateTime acknowledgedAt) {
    }

    record ReportRow(String caseNumber, String disputeTypeCode, String centreCode, CaseStatus status,
                     LocalDateTime registeredAt) {
    }
}
