package org.mediationdesk.documents;

import java.util.List;

import org.mediationdesk.cases.AgreementParties;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.springframework.stereotype.Service;

/**
 * Makes a case's agreement document for a user who may see the case (404 unknown case, 403 another
 * centre's, 409 no agreement recorded yet). The signed document needs the parties' full ID numbers,
 * so a MEDIATOR or MANAGER whose centre scope covers the case's centre gets them whole; everyone else
 * (intake clerks, administrators, a mediator who only registered the case) gets them masked as the
 * case API masks them. Phones are always masked.
 */
@Service
class AgreementDocuments {

    private final CaseQueries queries;
    private final AgreementParties parties;

    AgreementDocuments(CaseQueries queries, AgreementParties parties) {
        this.queries = queries;
        this.parties = parties;
    }

    Document agreement(String caseNumber, AppUser user) {
        CaseView view = queries.find(caseNumber, user);
        if (view.agreement() == null) {
            throw new ConflictException("document.noAgreement");
        }
        List<AgreementDocx.Party> shown = parties.shownTo(caseNumber, user).stream()
                .map(p -> new AgreementDocx.Party(p.role(), p.name(), p.idNumber(), p.phone()))
                .toList();
        byte[] bytes = AgreementDocx.write(new AgreementDocx.Content(view.caseNumber(),
                view.centre() == null ? "" : view.centre().name(),
                view.description(), shown, view.agreement()));
        return new Document(view.caseNumber(), bytes);
    }

    /** The .docx of one case. */
    record Document(String caseNumber, byte[] bytes) {
    }
}
