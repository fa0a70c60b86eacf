package org.mediationdesk.intake;

import org.junit.jupiter.api.Test;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;

/** Party details are tidied as they arrive, so the same person is always stored the same way. */
class PartyRequestTest {

    @Test
    void lowerCaseCheckCharacterAndSurroundingSpacesAreTidied() {
        var party = new PartyRequest(PartyRole.APPLICANT, PartyKind.PERSON, "张三", " 11010519491231002x ", " 13800001111 ", null);

        assertThat(party.idNumber()).isEqualTo("11010519491231002X");
        assertThat(party.phone()).isEqualTo("13800001111");
    }

    @Test
    void blankIdNumberAndPhoneAreAbsent() {
        var party = new PartyRequest(PartyRole.RESPONDENT, PartyKind.PERSON, "李四", "  ", "", null);

        assertThat(party.idNumber()).isNull();
        assertThat(party.phone()).isNull();
        assertThat(party.vulnerabilities()).isEmpty();
    }
}
