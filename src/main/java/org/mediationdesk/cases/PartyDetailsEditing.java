package org.mediationdesk.cases;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes or corrects a party's details (sex, ethnicity, date of birth, occupation, address, agent,
 * or why the party declined to give them) while the case is mediated, agreed or followed up, so that
 * the agreement prints what the parties sign: the case's own mediators and managers only, recorded in
 * its history (without the details themselves).
 */
@Service
public class PartyDetailsEditing {

    /** The statuses in which the details may change: from acceptance until the follow-up is done. */
    public static final Set<CaseStatus> EDITABLE = Set.of(CaseStatus.IN_MEDIATION, CaseStatus.AGREED,
            CaseStatus.AWAITING_CONFIRMATION, CaseStatus.FOLLOW_UP);

    private final CaseAccess access;
    private final CaseMapper cases;
    private final FormReader forms;
    private final CaseJournal journal;
    private final TransactionTemplate transaction;

    PartyDetailsEditing(CaseAccess access, CaseMapper cases, FormReader forms, CaseJournal journal,
                        PlatformTransactionManager transactions) {
        this.access = access;
        this.cases = cases;
        this.forms = forms;
        this.journal = journal;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** {@code partyNo} counts the case's parties from 1, in the order they were registered. */
    public void update(String caseNumber, int partyNo, JsonNode data, AppUser user) {
        if (!user.has(Role.MEDIATOR) && !user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only mediators and managers work on cases");
        }
        CaseRef ref = access.workableCase(caseNumber, user);
        if (!EDITABLE.contains(ref.status())) {
            throw new ConflictException("party.detailsNotEditable");
        }
        PartyDetails details = forms.read(data, PartyDetails.class);
        List<CaseMapper.PartyRow> parties = cases.findParties(ref.id());
        if (partyNo < 1 || partyNo > parties.size()) {
            throw new InvalidRequestException(List.of(forms.problem("partyNo", "party.unknown", partyNo)));
        }
        CaseMapper.PartyRow party = parties.get(partyNo - 1);
        transaction.executeWithoutResult(status -> {
            cases.updatePartyDetails(ref.id(), partyNo - 1, details);
            journal.record(ref.id(), EventType.PARTY_DETAILS_UPDATED, user.username(),
                    EventNote.of("partyDetailsUpdated", EventNote.text(party.name())));
        });
    }
}
