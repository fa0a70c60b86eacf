package org.mediationdesk.cases;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.springframework.stereotype.Service;

/**
 * A case's parties with their whole ID numbers and phones, for the agreement document (调解协议书) that
 * the parties sign and a court may confirm. Only for users who may see the case; the caller decides
 * what of it a reader gets, with {@link Party#maskedIdNumber()} and {@link Party#maskedPhone()} applying
 * the same masking rule as the case API.
 */
@Service
public class AgreementParties {

    private final CaseMapper cases;
    private final CaseAccess access;

    AgreementParties(CaseMapper cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    /** The parties in registration order; 404 for an unknown case, 403 for one the viewer may not see. */
    public List<Party> of(String caseNumber, AppUser viewer) {
        CaseRef ref = access.visibleCase(caseNumber, viewer);
        return cases.findParties(ref.id()).stream()
                .map(p -> new Party(p.role(), p.kind(), p.name(), p.idNumber(), p.phone()))
                .toList();
    }

    /** A party as stored: nothing masked. */
    public record Party(PartyRole role, PartyKind kind, String name, String idNumber, String phone) {

        public String maskedIdNumber() {
            return PersonalDataMask.idNumber(idNumber);
        }

        public String maskedPhone() {
            return PersonalDataMask.phone(phone);
        }
    }
}
