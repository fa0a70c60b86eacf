package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.security.Role;
import org.springframework.stereotype.Service;

/**
 * What partners see of cases, each only what concerns them: an agency's staff the opinions asked of their
 * agency, a police contact the critical-dispute alerts to their desk, a grid worker the status of the disputes
 * they reported (no parties, no description). A user without the role gets an empty list.
 */
@Service
public class PartnerCases {

    private final PartnerCaseMapper partnerCases;
    private final ReferenceData referenceData;
    private final PeopleNames people;

    PartnerCases(PartnerCaseMapper partnerCases, ReferenceData referenceData, PeopleNames people) {
        this.partnerCases = partnerCases;
        this.referenceData = referenceData;
        this.people = people;
    }

    public List<AskedOpinion> opinionsAskedOf(AppUser user) {
        if (!user.has(Role.AGENCY) || user.agencyCode() == null) {
            return List.of();
        }
        return partnerCases.findOpinionsAskedOf(user.agencyCode()).stream()
                .map(row -> new AskedOpinion(row.caseNumber(), type(row.disputeTypeCode()), centre(row.centreCode()),
                        row.status(), row.opinionStatus(), row.requestedAt(), row.dueAt(), row.answeredBy(),
                        people.of(row.answeredBy()), row.answeredAt()))
                .toList();
    }

    public List<PoliceAlert> alertsTo(AppUser user) {
        if (!user.has(Role.POLICE) || user.centreCode() == null) {
            return List.of();
        }
        return partnerCases.findAlertsTo(user.centreCode()).stream()
                .map(row -> new PoliceAlert(row.caseNumber(), type(row.disputeTypeCode()), centre(row.centreCode()),
                        row.status(), row.riskLevel(), row.alertedAt(), row.acknowledgedBy(),
                        people.of(row.acknowledgedBy()), row.acknowledgedAt()))
                .toList();
    }

    public List<ReportedCase> reportedBy(AppUser user) {
        if (!user.has(Role.GRID_WORKER)) {
            return List.of();
        }
        return partnerCases.findRegisteredBy(user.username()).stream()
                .map(row -> new ReportedCase(row.caseNumber(), type(row.disputeTypeCode()),
                        row.centreCode() == null ? null : centre(row.centreCode()), row.status(), row.registeredAt()))
                .toList();
    }

    private CaseView.Named type(String code) {
        var type = referenceData.disputeType(code).orElseThrow();
        return new CaseView.Named(type.code(), type.nameZh(), type.nameEn());
    }

    private CaseView.Named centre(String code) {
        var centre = referenceData.centre(code).orElseThrow();
        return new CaseView.Named(centre.code(), centre.nameZh(), centre.nameEn());
    }

    /** An opinion asked of the reader's agency on a case, and where it stands. */
    public record AskedOpinion(String caseNumber, CaseView.Named type, CaseView.Named centre, CaseStatus caseStatus,
                               AgencyOpinion.Status status, LocalDateTime requestedAt, LocalDateTime dueAt,
                               String answeredBy, String answeredByName, LocalDateTime answeredAt) {
    }

    /** A critical dispute reported to the reader's police desk, and who acknowledged it when (null: not yet). */
    public record PoliceAlert(String caseNumber, CaseView.Named type, CaseView.Named centre, CaseStatus caseStatus,
                              String riskLevel, LocalDateTime alertedAt, String acknowledgedBy,
                              String acknowledgedByName, LocalDateTime acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** A dispute the reader reported: its number, type, where it went and its status, nothing personal. */
    public record ReportedCase(String caseNumber, CaseView.Named type, CaseView.Named centre, CaseStatus status,
                               LocalDateTime registeredAt) {
    }
}
