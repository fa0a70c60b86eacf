package org.mediationdesk.cases;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.LikePatterns;
import org.springframework.stereotype.Service;

/** Reads cases for the people allowed to see them. */
@Service
public class CaseQueries {

    private final CaseMapper cases;
    private final MediationRecordMapper records;
    private final ReferenceData referenceData;
    private final CaseAccess access;
    private final DecisionExplanations explanations;
    private final TimeLimitNames limitNames;
    private final CaseEscalation escalation;
    private final JointMediation jointMediation;

    CaseQueries(CaseMapper cases, MediationRecordMapper records, ReferenceData referenceData, CaseAccess access,
                DecisionExplanations explanations, CaseEscalation escalation, TimeLimitNames limitNames,
                JointMediation jointMediation) {
        this.cases = cases;
        this.records = records;
        this.referenceData = referenceData;
        this.access = access;
        this.explanations = explanations;
        this.limitNames = limitNames;
        this.escalation = escalation;
        this.jointMediation = jointMediation;
    }

    /** A user sees a case of a centre in their scope, and any case they registered themselves. */
    public CaseView find(String caseNumber, AppUser viewer) {
        CaseMapper.CaseRow row = cases.findByNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        access.requireVisible(CaseRef.of(row), viewer);
        return toView(row);
    }

    /**
     * Process instances of the open cases of {@code centres} of a type and/or whose case number or a
     * party's name contains {@code text}; a null or blank criterion is not applied.
     */
    public Set<String> openProcessInstances(Collection<String> centres, String type, String text) {
        if (centres.isEmpty()) {
            return Set.of();
        }
        String search = blankToNull(text);
        return Set.copyOf(cases.findOpenProcessInstances(centres, blankToNull(type),
                search == null ? null : LikePatterns.containing(search)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private CaseView toView(CaseMapper.CaseRow row) {
        var type = referenceData.disputeType(row.disputeTypeCode()).orElseThrow();
        var county = referenceData.region(row.countyCode()).orElseThrow();
        var township = referenceData.region(row.townshipCode()).orElseThrow();
        var centre = row.centreCode() == null ? null : referenceData.centre(row.centreCode())
                .map(c -> new CaseView.Named(c.code(), c.nameZh(), c.nameEn())).orElseThrow();
        return new CaseView(row.caseNumber(), row.status(),
                new CaseView.Named(type.code(), type.nameZh(), type.nameEn()), row.source(),
                new CaseView.Named(county.code(), county.nameZh(), county.nameEn()),
                new CaseView.Named(township.code(), township.nameZh(), township.nameEn()),
                row.village(), row.description(), row.occurredOn(), row.peopleInvolved(), row.amountInDispute(),
                centre, row.registeredBy(), row.registeredAt(),
                new CaseView.Risk(row.riskLevel(), codes(row.riskFlags()), codes(row.riskIndicators()),
                        row.courtStage() == null ? null : row.courtStage().name()),
                new CaseView.Deadlines(row.acceptanceDue(), row.mediationDue(), row.overdueSince(),
                        escalation.colourOf(row), row.pausedSince(), row.pausedWorkingDays(),
                        row.extensionWorkingDays(), row.acceptanceLimit(), row.mediationLimit(), row.courtLimit(),
                        row.courtFileReceivedOn(), limitNames.explain(row)),
                row.outcome(), row.closureType(), row.closedAt(),
                cases.findParties(row.id()).stream()
                        .map(p -> new CaseView.PartyView(p.role(), p.kind(), p.name(),
                                PersonalDataMask.idNumber(p.idNumber()), PersonalDataMask.phone(p.phone()),
                                codes(p.vulnerabilities())))
                        .toList(),
                cases.findEvents(row.id()).stream()
                        .map(e -> new CaseView.EventView(e.occurredAt(), e.actor(), e.eventType(), e.fromStatus(),
                                e.toStatus(), e.note()))
                        .toList(),
                cases.findDecisionRecords(row.id()).stream().map(explanations::view).toList(),
                records.findSessions(row.id()), jointMediation.of(row.id()), records.findOpinions(row.id()),
                records.findAgreement(row.id()).orElse(null), records.findReferrals(row.id()));
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }
}
