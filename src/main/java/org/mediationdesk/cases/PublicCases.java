package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.system.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a party sees of their own case on the public side, found by case number and the party's phone (its blind
 * index, never the number): the stage in words, the centre, the sessions to come and the agreement's terms once
 * recorded, nothing of the other parties, the mediator's notes, decisions or rules. A party rates a closed case
 * once; for the applicant and respondent the rating becomes the follow-up's satisfaction of their side. Each
 * online application, lookup and rating leaves a line in the history, by "当事人（网上）".
 */
@Service
public class PublicCases {

    private final PublicCaseMapper publicCases;
    private final CaseMapper cases;
    private final PlannedSessionMapper plans;
    private final MediationRecordMapper records;
    private final ReferenceData referenceData;
    private final CaseJournal journal;
    private final PersonalDataCipher cipher;

    PublicCases(PublicCaseMapper publicCases, CaseMapper cases, PlannedSessionMapper plans,
                MediationRecordMapper records, ReferenceData referenceData, CaseJournal journal,
                PersonalDataCipher cipher) {
        this.publicCases = publicCases;
        this.cases = cases;
        this.plans = plans;
        this.records = records;
        this.referenceData = referenceData;
        this.journal = journal;
        this.cipher = cipher;
    }

    /** The party of the case with this phone; empty alike for an unknown case and a phone not on it. */
    public Optional<Party> partyWithPhone(String caseNumber, String phone) {
        if (caseNumber == null || phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        return publicCases.findParty(caseNumber.strip(), cipher.phoneLookup(phone))
                .map(row -> new Party(row.caseId(), row.caseNumber(), row.partyId(), row.role()));
    }

    /** The case as its party sees it now. */
    @Transactional(readOnly = true)
    public CaseForParty view(Party party) {
        CaseMapper.CaseRow row = cases.findById(party.caseId()).orElseThrow();
        LocalDateTime now = journal.now();
        List<Session> sessions = plans.findByCase(party.caseId()).stream()
                .filter(plan -> plan.status() == PlannedSession.Status.PLANNED && plan.startsAt().isAfter(now))
                .sorted(Comparator.comparing(PlannedSessionMapper.Row::startsAt))
                .map(plan -> new Session(plan.startsAt(), plan.place())).toList();
        var agreement = records.findAgreement(party.caseId())
                .map(a -> new AgreementForParty(a.terms(), a.amount(), a.effectiveOn(), a.performanceDeadline()))
                .orElse(null);
        var type = referenceData.disputeType(row.disputeTypeCode()).orElseThrow();
        CaseView.Named centre = row.centreCode() == null ? null : referenceData.centre(row.centreCode())
                .map(c -> new CaseView.Named(c.code(), c.nameZh(), c.nameEn())).orElse(null);
        return new CaseForParty(row.caseNumber(), party.role(), row.status(),
                new CaseView.Named(type.code(), type.nameZh(), type.nameEn()), centre, row.registeredAt(), sessions,
                agreement, publicCases.findRating(party.caseId(), party.partyId()).orElse(null));
    }

    /**
     * The parties' own ratings of a case, for its staff page (the caller has checked the reader may see the case):
     * the mediator sees there what the party said beside the follow-up's satisfaction it became.
     */
    public List<Rating> ratingsOf(String caseNumber) {
        return publicCases.findRatings(caseNumber).stream()
                .map(row -> new Rating(row.role(), row.score(), row.comment(), row.ratedAt())).toList();
    }

    /** The history's line of an application made online (the registration's own line names "网上申请"). */
    public void recordApplication(long caseId) {
        journal.record(caseId, EventType.PUBLIC_APPLICATION, PeopleNames.PUBLIC_PARTY, EventNote.of("publicApplication"));
    }

    public void recordLookup(Party party) {
        journal.record(party.caseId(), EventType.PUBLIC_LOOKUP, PeopleNames.PUBLIC_PARTY,
                EventNote.of("publicLookup", EventNote.label("PartyRole", party.role())));
    }

    /**
     * The party's rating of the mediation, once, after closure: 409 before closure ({@code public.rating.notClosed})
     * or a second time ({@code public.rating.already}). The applicant's or respondent's rating replaces the
     * satisfaction the mediator wrote at the follow-up visit for their side.
     */
    @Transactional
    public void rate(Party party, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5: " + score);
        }
        CaseMapper.CaseRow row = cases.findById(party.caseId()).orElseThrow();
        if (row.status() != CaseStatus.CLOSED) {
            throw new ConflictException("public.rating.notClosed");
        }
        if (publicCases.findRating(party.caseId(), party.partyId()).isPresent()) {
            throw new ConflictException("public.rating.already");
        }
        try {
            publicCases.insertRating(party.caseId(), party.partyId(), score, comment, journal.now());
        } catch (DuplicateKeyException ratedMeanwhile) {
            throw new ConflictException("public.rating.already");
        }
        boolean fedFollowUp = party.role() != PartyRole.THIRD_PARTY
                && publicCases.updateSatisfaction(party.caseId(), party.role() == PartyRole.APPLICANT, score) == 1;
        journal.record(party.caseId(), EventType.PARTY_RATING, PeopleNames.PUBLIC_PARTY,
                EventNote.of(fedFollowUp ? "partyRatingFollowUp" : "partyRating",
                        EventNote.label("PartyRole", party.role()), EventNote.text(String.valueOf(score)),
                        EventNote.text(comment == null ? "" : comment)));
    }

    /** A party of a case, as the public side found it. */
    public record Party(long caseId, String caseNumber, long partyId, PartyRole role) {
    }

    /** A party's rating of the mediation, as the staff page shows it. */
    public record Rating(PartyRole role, int score, String comment, LocalDateTime ratedAt) {
    }

    /** A session to come: when and where, nothing of who else is invited. */
    public record Session(LocalDateTime startsAt, String place) {
    }

    /** What the agreement says, as both parties received it. */
    public record AgreementForParty(String terms, BigDecimal amount, LocalDate effectiveOn,
                                    LocalDate performanceDeadline) {
    }

    /** A case as its party sees it; {@code rating} the party's own, null before they rated. */
    public record CaseForParty(String caseNumber, PartyRole role, CaseStatus status, CaseView.Named type,
                               CaseView.Named centre, LocalDateTime registeredAt, List<Session> sessions,
                               AgreementForParty agreement, Integer rating) {

        public boolean closed() {
            return status == CaseStatus.CLOSED;
        }
    }
}
