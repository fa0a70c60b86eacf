package org.mediationdesk.cases;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.stereotype.Service;

/**
 * A case's parties for the agreement document (调解协议书) that the parties sign and a court may
 * confirm, and for the case page: the one place that decides who reads whole ID numbers. Only for
 * users who may see the case.
 */
@Service
public class AgreementParties {

    private final CaseMapper cases;
    private final CaseAccess access;
    private final CentreScope centreScope;

    AgreementParties(CaseMapper cases, CaseAccess access, CentreScope centreScope) {
        this.cases = cases;
        this.access = access;
        this.centreScope = centreScope;
    }

    /**
     * The parties as {@code viewer} may read them: whole ID numbers for the case's own mediators and
     * managers (a MEDIATOR or MANAGER whose centres include the case's), who have the parties sign
     * the agreement; masked for everyone else. Phones are always masked.
     */
    public List<Party> shownTo(String caseNumber, AppUser viewer) {
        CaseRef ref = access.visibleCase(caseNumber, viewer);
        boolean wholeIdNumbers = (viewer.has(Role.MEDIATOR) || viewer.has(Role.MANAGER))
                && ref.centreCode() != null && centreScope.canSee(viewer, ref.centreCode());
        return cases.findParties(ref.id()).stream()
                .map(p -> new Party(p.role(), p.kind(), p.name(),
                        wholeIdNumbers ? p.idNumber() : PersonalDataMask.idNumber(p.idNumber()),
                        PersonalDataMask.phone(p.phone())))
                .toList();
    }

    /** A party with its ID number and phone as the reader may see them. */
    public record Party(PartyRole role, PartyKind kind, String name, String idNumber, String phone) {
    }
}
