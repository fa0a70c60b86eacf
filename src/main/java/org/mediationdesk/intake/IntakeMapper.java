package org.mediationdesk.intake;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.Codes;
import org.mediationdesk.cases.PartyDetails;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.privacy.PersonalDataCipher;

/** What registration writes: the case row, its parties, the first line of its history, its process. */
@Mapper
interface IntakeMapper {

    void insertCase(NewCase newCase);

    void insertParties(@Param("caseId") long caseId, @Param("parties") List<NewParty> parties);

    void insertRegisteredEvent(@Param("caseId") long caseId, @Param("actor") String actor,
                               @Param("at") LocalDateTime at);

    void updateProcessInstance(@Param("caseId") long caseId, @Param("processInstanceId") String processInstanceId);

    /**
     * Cases with a party of the same ID number, or the same name and phone, as one of {@code parties};
     * newest first, at most {@code limit}. For the repeat-dispute warning before a registration.
     */
    List<EarlierCase> findCasesSharingAParty(@Param("parties") List<PartyLookup> parties, @Param("limit") int limit);

    /**
     * A party as it is stored: ID number and phone sealed under {@code keyVersion} with their blind indexes
     * beside them; vulnerabilities are codes separated by commas.
     */
    record NewParty(PartyRole role, PartyKind kind, String name, String idNumber, String phone,
                    String idNumberLookup, String phoneLookup, Integer keyVersion, String vulnerabilities,
                    PartyDetails details) {

        static NewParty of(PartyRequest party, PersonalDataCipher cipher, PersonalDataCipher.Sealer sealer) {
            return new NewParty(party.role(), party.kind(), party.name(), sealer.seal(party.idNumber()),
                    sealer.seal(party.phone()), cipher.idNumberLookup(party.idNumber()),
                    cipher.phoneLookup(party.phone()), sealer.keyVersion(), Codes.join(party.vulnerabilities()),
                    party.details());
        }
    }

    /** What finds a party again: the name, and the blind indexes of the ID number and phone. */
    record PartyLookup(String name, String idNumberLookup, String phoneLookup) {

        static PartyLookup of(PartyRequest party, PersonalDataCipher cipher) {
            return new PartyLookup(party.name(), cipher.idNumberLookup(party.idNumber()), cipher.phoneLookup(party.phone()));
        }
    }

    /** An earlier case sharing a party with a dispute being registered, and that party's name. */
    record EarlierCase(String caseNumber, LocalDateTime registeredAt, CaseStatus status, String centreCode,
                       String disputeTypeCode, String partyName) {
    }
}
