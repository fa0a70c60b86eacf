package org.mediationdesk.cases;

import java.util.List;

import org.mediationdesk.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/** A case's parties with their ID numbers and phones opened (they are stored sealed, V31). */
@Component
class CaseParties {

    private final CaseMapper cases;
    private final PersonalDataCipher cipher;

    CaseParties(CaseMapper cases, PersonalDataCipher cipher) {
        this.cases = cases;
        this.cipher = cipher;
    }

    List<CaseMapper.PartyRow> of(long caseId) {
        return cases.findParties(caseId).stream()
                .map(p -> new CaseMapper.PartyRow(p.role(), p.kind(), p.name(), cipher.open(p.idNumber()),
                        cipher.open(p.phone()), p.vulnerabilities(), p.sex(), p.ethnicity(), p.birthDate(),
                        p.occupation(), p.address(), p.agentName(), p.agentCapacity(), p.agentPhone(),
                        p.detailsRefused()))
                .toList();
    }
}
