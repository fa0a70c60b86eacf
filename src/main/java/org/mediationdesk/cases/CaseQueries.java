package org.mediationdesk.cases;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.system.LikePatterns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final EventNotes notes;
    private final PeopleNames people;
    private final CaseSupervision supervision;
    private final AgreementParties agreementParties;
    private final CaseParties parties;
    private final ObjectProvider<CaseFiles> files;

    CaseQueries(CaseMapper cases, MediationRecordMapper records, ReferenceData referenceData, CaseAccess access,
                DecisionExplanations explanations, CaseEscalation escalation, TimeLimitNames limitNames,
                JointMediation jointMediation, EventNotes notes, PeopleNames people, CaseSupervision supervision,
                AgreementParties agreementParties, CaseParties parties, ObjectProvider<CaseFiles> files) {
        this.agreementParties = agreementParties;
        this.parties = parties;
        this.files = files;
        this.notes = notes;
        this.people = people;
        this.cases = cases;
        this.records = records;
        this.referenceData = referenceData;
        this.access = access;
        this.explanations = explanations;
        this.limitNames = limitNames;
        this.escalation = escalation;
        this.jointMediation = jointMediation;
        this.supervision = supervision;
    }

    /**
     * A user sees a case of a centre in their scope, and any case they registered themselves; its parties'
     * ID numbers and phones masked.
     */
    public CaseView find(String caseNumber, AppUser viewer) {
        CaseMapper.CaseRow row = cases.findByNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        access.requireVisible(CaseRef.of(row), viewer);
        return toView(row, false);
    }

    /**
     * The case as its own party's copy of a document prints it, parties masked; the public side has verified the
     * party's phone for this case ({@link PublicCases#partyWithPhone}).
     */
    public CaseView forParty(PublicCases.Party party) {
        return toView(cases.findById(party.caseId()).orElseThrow(() -> new CaseNotFoundException(party.caseNumber())), false);
    }

    /**
     * The case with its parties whole, for the case's own staff only (403 for everyone else); recorded as
     * an access record (AgreementParties#unmaskedFor).
     */
    public CaseView findUnmasked(String caseNumber, AppUser viewer, String reason) {
        agreementParties.unmaskedCase(caseNumber, viewer, reason);
        return toView(cases.findByNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber)), true);
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

    /** @param wholeParties whether the parties' ID numbers and phones are shown whole */
    private CaseView toView(CaseMapper.CaseRow row, boolean wholeParties) {
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
                partyViews(row.id(), wholeParties),
                cases.findEvents(row.id()).stream()
                        .map(e -> new CaseView.EventView(e.occurredAt(), e.actor(), people.of(e.actor()),
                                e.eventType(), e.fromStatus(), e.toStatus(),
                                notes.render(e.detail(), e.note(), LocaleContextHolder.getLocale())))
                        .toList(),
                cases.findDecisionRecords(row.id()).stream().map(explanations::view).toList(),
                records.findSessions(row.id()), jointMediation.of(row.id()), records.findOpinions(row.id()),
                records.findAgreement(row.id()).orElse(null), records.findReferrals(row.id()),
                supervision.roundsOf(row.id()).stream().map(this::supervisionView).toList(),
                files.stream().flatMap(f -> f.filesOf(row.id()).stream()).toList());
    }

    private List<CaseView.PartyView> partyViews(long caseId, boolean whole) {
        return parties.of(caseId).stream()
                .map(p -> new CaseView.PartyView(p.role(), p.kind(), p.name(),
                        whole ? p.idNumber() : PersonalDataMask.idNumber(p.idNumber()),
                        whole ? p.phone() : PersonalDataMask.phone(p.phone()), codes(p.vulnerabilities())))
                .toList();
    }

    private CaseView.SupervisionView supervisionView(SupervisionRound round) {
        List<CaseView.Named> passedOver = round.skippedCentres() == null ? List.of()
                : Arrays.stream(round.skippedCentres().split(",")).map(this::centreNamed).toList();
        return new CaseView.SupervisionView(round.level(), round.reason(),
                round.supervisingCentre() == null ? null : centreNamed(round.supervisingCentre()), passedOver,
                round.openedAt(), round.instruction(), round.leadOfficial(), round.instructedBy(), round.answerDue(),
                round.answer(), round.answeredBy(), round.answeredAt(), round.lapsedAt());
    }

    private CaseView.Named centreNamed(String code) {
        return referenceData.centre(code).map(centre -> new CaseView.Named(code, centre.nameZh(), centre.nameEn()))
                .orElse(new CaseView.Named(code, code, code));
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }
}
