package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.process.Stage;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.RiskFlag;
import org.mediationdesk.routing.WarningColour;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Finds cases and decides who may touch them: a user sees a case of a centre in their scope, any
 * case they registered themselves, and a case their centre's police desk was alerted to (where all
 * they may do is confirm they know of it). Partners see only what concerns them: an agency's staff the
 * cases their agency was asked for an opinion on (where all they may do is give it), a police contact the
 * cases their desk was alerted to, and a grid worker none (their own reports they follow on their list).
 */
@Service
public class CaseAccess {

    private final CaseMapper cases;
    private final CentreScope centreScope;
    private final ReferenceData referenceData;
    private final CaseEscalation escalation;
    private final MediationRecordMapper records;

    CaseAccess(CaseMapper cases, CentreScope centreScope, ReferenceData referenceData, CaseEscalation escalation,
               MediationRecordMapper records) {
        this.cases = cases;
        this.records = records;
        this.centreScope = centreScope;
        this.referenceData = referenceData;
        this.escalation = escalation;
    }

    public CaseRef visibleCase(String caseNumber, AppUser user) {
        CaseRef ref = cases.findByNumber(caseNumber).map(CaseRef::of)
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        requireVisible(ref, user);
        return ref;
    }

    /** Whether the user may open the case: after a transfer to another centre, its mediator no longer may. */
    public boolean isVisible(String caseNumber, AppUser user) {
        return cases.findByNumber(caseNumber).map(CaseRef::of)
                .map(ref -> registeredBy(ref, user) || centreScope.canSee(user, ref.centreCode())
                        || alertedTo(ref, user) || askedOf(ref, user))
                .orElse(false);
    }

    /**
     * For work on a stage of a case: registering it is not enough, the case must be in the user's
     * centres, except that the police desk alerted to it may do the acknowledgement, and an agency's staff
     * may give the opinion asked of their agency.
     *
     * @param agency the agency an agencyOpinion task asks; null for other stages
     */
    public CaseRef workableCaseOfProcess(String processInstanceId, Stage stage, String agency, AppUser user) {
        CaseRef ref = cases.findByProcessInstances(List.of(processInstanceId)).stream().findFirst()
                .map(CaseRef::of).orElseThrow(() -> new CaseNotFoundException(processInstanceId));
        if (!mayWork(ref, stage, agency, user)) {
            throw new AccessDeniedException("Case " + ref.caseNumber() + " belongs to another centre");
        }
        return ref;
    }

    /**
     * Whether the user's centres (or agency) allow them to work on this stage of the case (their role is
     * checked apart); {@code agency}: the agency an agencyOpinion task asks, null for other stages.
     */
    public boolean mayWork(CaseRef ref, Stage stage, String agency, AppUser user) {
        return centreScope.canSee(user, ref.centreCode()) || stage == Stage.ACKNOWLEDGE_ALERT && alertedTo(ref, user)
                || stage == Stage.AGENCY_OPINION && user.answersFor(agency);
    }

    /** A case the grid worker reported themselves (403 for any other, 404 for none): to add their photo to it. */
    public CaseRef caseReportedBy(String caseNumber, AppUser user) {
        CaseRef ref = cases.findByNumber(caseNumber).map(CaseRef::of)
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!user.has(Role.GRID_WORKER) || !ref.registeredBy().equals(user.username())) {
            throw new AccessDeniedException("Case " + caseNumber + " was reported by someone else");
        }
        return ref;
    }

    /** A case the user's agency was asked for an opinion on (403 for any other, 404 for none). */
    public CaseRef caseAskedOfAgency(String caseNumber, AppUser user) {
        CaseRef ref = cases.findByNumber(caseNumber).map(CaseRef::of)
                .orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (!askedOf(ref, user)) {
            throw new AccessDeniedException("Case " + caseNumber + " asked no opinion of the user's agency");
        }
        return ref;
    }

    public CaseRef workableCase(String caseNumber, AppUser user) {
        return requireWorkable(cases.findByNumber(caseNumber).map(CaseRef::of)
                .orElseThrow(() -> new CaseNotFoundException(caseNumber)), user);
    }

    void requireVisible(CaseRef ref, AppUser user) {
        if (!registeredBy(ref, user) && !alertedTo(ref, user) && !askedOf(ref, user)) {
            requireWorkable(ref, user);
        }
    }

    /** A grid worker follows their reports on their own list (status only), never on the case page. */
    private static boolean registeredBy(CaseRef ref, AppUser user) {
        return ref.registeredBy().equals(user.username()) && !user.has(Role.GRID_WORKER);
    }

    private boolean alertedTo(CaseRef ref, AppUser user) {
        return ref.policeDesk() != null && (centreScope.canSee(user, ref.policeDesk())
                || user.has(Role.POLICE) && ref.policeDesk().equals(user.centreCode()));
    }

    private boolean askedOf(CaseRef ref, AppUser user) {
        return user.has(Role.AGENCY) && user.agencyCode() != null && records.findOpinions(ref.id()).stream()
                .anyMatch(opinion -> opinion.agencyCode().equals(user.agencyCode()));
    }

    private CaseRef requireWorkable(CaseRef ref, AppUser user) {
        if (!centreScope.canSee(user, ref.centreCode())) {
            throw new AccessDeniedException("Case " + ref.caseNumber() + " belongs to another centre");
        }
        return ref;
    }

    /** What a task list shows of each task's case, by process instance id. */
    public Map<String, CaseSummary> summariesByProcessInstance(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<CaseMapper.CaseRow> rows = cases.findByProcessInstances(processInstanceIds);
        Map<Long, WarningColour> colours = escalation.coloursOf(rows);
        Map<Long, List<CaseMapper.PartyName>> parties = rows.isEmpty() ? Map.of()
                : cases.findPartyNames(rows.stream().map(CaseMapper.CaseRow::id).toList()).stream()
                .collect(Collectors.groupingBy(CaseMapper.PartyName::caseId));
        return rows.stream()
                .map(row -> summary(row, colours.get(row.id()), parties.getOrDefault(row.id(), List.of())))
                .collect(Collectors.toMap(CaseSummary::processInstanceId, Function.identity()));
    }

    /** The case as the task lists keep it beside its tasks; empty for an unknown id. */
    public Optional<ListedCase> listedCase(long caseId) {
        return cases.findById(caseId).map(row -> {
            List<CaseMapper.PartyName> parties = cases.findPartyNames(List.of(caseId));
            var colours = escalation.colourTimesOf(row);
            return new ListedCase(row.caseNumber(), row.status(), row.disputeTypeCode(), row.centreCode(),
                    row.policeDesk(), row.overdueSince(), colours.isPresent(),
                    colours.map(CaseEscalation.ColourTimes::yellowAt).orElse(null),
                    colours.map(CaseEscalation.ColourTimes::redAt).orElse(null), names(parties, PartyRole.APPLICANT),
                    names(parties, PartyRole.RESPONDENT), parties.stream().map(CaseMapper.PartyName::name).toList(),
                    row.riskLevel(), Codes.split(row.riskFlags(), RiskFlag.class).stream().map(Enum::name).toList(),
                    row.registeredAt());
        });
    }

    private CaseSummary summary(CaseMapper.CaseRow row, WarningColour colour, List<CaseMapper.PartyName> parties) {
        var type = referenceData.disputeType(row.disputeTypeCode()).orElseThrow();
        var centre = referenceData.centre(row.centreCode()).orElseThrow();
        return new CaseSummary(row.processInstanceId(), row.caseNumber(), row.status(),
                new CaseView.Named(type.code(), type.nameZh(), type.nameEn()),
                new CaseView.Named(centre.code(), centre.nameZh(), centre.nameEn()), row.overdueSince(), colour,
                names(parties, PartyRole.APPLICANT), names(parties, PartyRole.RESPONDENT), row.riskLevel(),
                Codes.split(row.riskFlags(), RiskFlag.class).stream().map(Enum::name).toList(), row.registeredAt());
    }

    private static List<String> names(List<CaseMapper.PartyName> parties, PartyRole role) {
        return parties.stream().filter(party -> party.role() == role).map(CaseMapper.PartyName::name).toList();
    }

    /**
     * A case as a task list row shows it: besides its number, type and centre, who is in dispute
     * (applicants' and respondents' names), the triage's risk level and flags (codes), and when it was registered.
     */
    public record CaseSummary(String processInstanceId, String caseNumber, CaseStatus status, CaseView.Named type,
                              CaseView.Named centre, LocalDateTime overdueSince, WarningColour warning,
                              List<String> applicants, List<String> respondents, String riskLevel,
                              List<String> riskFlags, LocalDateTime registeredAt) {
    }
}
