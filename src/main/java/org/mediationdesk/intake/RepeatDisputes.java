package org.mediationdesk.intake;

import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Service;

/**
 * Earlier cases a dispute being registered may repeat: a party with the same ID number, or the same
 * name and phone (the rule the triage uses to count earlier disputes). Shown to the clerk before saving.
 */
@Service
class RepeatDisputes {

    private static final int SHOWN = 20;

    private final IntakeMapper cases;
    private final ReferenceData referenceData;
    private final PersonalDataCipher cipher;

    RepeatDisputes(IntakeMapper cases, ReferenceData referenceData, PersonalDataCipher cipher) {
        this.cases = cases;
        this.referenceData = referenceData;
        this.cipher = cipher;
    }

    List<EarlierCase> earlierCases(List<PartyRequest> parties) {
        List<IntakeMapper.PartyLookup> identifiable = parties.stream()
                .filter(party -> party.idNumber() != null || (party.name() != null && party.phone() != null))
                .map(party -> IntakeMapper.PartyLookup.of(party, cipher))
                .toList();
        if (identifiable.isEmpty()) {
            return List.of();
        }
        return cases.findCasesSharingAParty(identifiable, SHOWN).stream()
                .map(row -> new EarlierCase(row.caseNumber(), row.registeredAt(), row.status(),
                        row.centreCode() == null ? null : referenceData.centre(row.centreCode())
                                .map(c -> new CaseView.Named(c.code(), c.nameZh(), c.nameEn())).orElseThrow(),
                        referenceData.disputeType(row.disputeTypeCode())
                                .map(t -> new CaseView.Named(t.code(), t.nameZh(), t.nameEn())).orElseThrow(),
                        row.partyName()))
                .toList();
    }

    /** An earlier case and the name of the party it shares. */
    record EarlierCase(String caseNumber, LocalDateTime registeredAt, CaseStatus status, CaseView.Named centre,
                       CaseView.Named type, String partyName) {
    }
}
