package org.mediationdesk.cases;

import java.util.List;

import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A case's parties for the agreement document (调解协议书) that the parties sign and a court may
 * confirm, and for the case page: the one place that decides who reads whole ID numbers and phones
 * (masking by purpose, docs/privacy.md). Only for users who may see the case.
 */
@Service
public class AgreementParties {

    private static final int ADDRESS_SHOWN = 6;

    private final CaseAccess access;
    private final AccessRecords accessRecords;
    private final CaseParties parties;

    AgreementParties(CaseAccess access, AccessRecords accessRecords, CaseParties parties) {
        this.parties = parties;
        this.access = access;
        this.accessRecords = accessRecords;
    }

    /**
     * The case's own staff: a MEDIATOR or MANAGER of the centre the case is at, whose work needs the parties'
     * whole data. A county centre's manager or clerk supervising a sub-centre's case is not.
     */
    public static boolean ownStaff(CaseRef ref, AppUser viewer) {
        return (viewer.has(Role.MEDIATOR) || viewer.has(Role.MANAGER)) && ref.centreCode() != null
                && ref.centreCode().equals(viewer.centreCode());
    }

    /** The parties masked, as everyone reads them until the case's own staff ask to see them whole. */
    public List<Party> shownTo(String caseNumber, AppUser viewer) {
        CaseRef ref = access.visibleCase(caseNumber, viewer);
        return parties(ref, false, false);
    }

    /**
     * The parties whole, for the case's own staff only (403 for everyone else), recorded as an access
     * record with the reason if one was given.
     */
    public List<Party> unmaskedFor(String caseNumber, AppUser viewer, String reason) {
        return parties(unmaskedCase(caseNumber, viewer, reason), true, true);
    }

    /** The case whose parties {@code viewer}, its own staff, is about to see whole; the access recorded. */
    CaseRef unmaskedCase(String caseNumber, AppUser viewer, String reason) {
        CaseRef ref = access.visibleCase(caseNumber, viewer);
        if (!ownStaff(ref, viewer)) {
            throw new AccessDeniedException("Only the staff of case " + caseNumber + "'s centre see its parties whole");
        }
        accessRecords.onCase(viewer, AccessAction.UNMASKED_VIEW, ref.caseNumber(), "parties", reason);
        return ref;
    }

    private List<Party> parties(CaseRef ref, boolean wholeIdNumbers, boolean wholePhones) {
        return parties.of(ref.id()).stream()
                .map(p -> new Party(p.role(), p.kind(), p.name(),
                        wholeIdNumbers ? p.idNumber() : PersonalDataMask.idNumber(p.idNumber()),
                        wholePhones ? p.phone() : PersonalDataMask.phone(p.phone())))
                .toList();
    }

    /**
     * The parties as the documents the parties sign print them (人民调解协议书 and the other standard forms),
     * with the details the forms ask: for the case's own mediators and managers everything whole, phones
     * and the agent's phone included (it is the parties' own document); for everyone else ID numbers and
     * phones masked as on the case page and the address cut to its first six characters.
     */
    public List<SigningParty> forSigning(String caseNumber, AppUser viewer) {
        CaseRef ref = access.visibleCase(caseNumber, viewer);
        return signing(ref.id(), ownStaff(ref, viewer));
    }

    /**
     * The parties' details on the case page: masked as for everyone else until the case's own staff have
     * asked to see the parties whole ({@code revealed}, an access already recorded).
     */
    public List<SigningParty> detailsOnPage(String caseNumber, AppUser viewer, boolean revealed) {
        CaseRef ref = access.visibleCase(caseNumber, viewer);
        return signing(ref.id(), revealed && ownStaff(ref, viewer));
    }

    /** The parties as a party's own copy of a document prints them: masked as for everyone outside the centre. */
    public List<SigningParty> forParty(PublicCases.Party party) {
        return signing(party.caseId(), false);
    }

    private List<SigningParty> signing(long caseId, boolean whole) {
        return parties.of(caseId).stream()
                .map(p -> whole ? new SigningParty(p.role(), p.kind(), p.name(), p.idNumber(), p.phone(), p.details())
                        : new SigningParty(p.role(), p.kind(), p.name(), PersonalDataMask.idNumber(p.idNumber()),
                        PersonalDataMask.phone(p.phone()), masked(p.details())))
                .toList();
    }

    private static PartyDetails masked(PartyDetails details) {
        String address = details.address() == null || details.address().length() <= ADDRESS_SHOWN ? details.address()
                : details.address().substring(0, ADDRESS_SHOWN) + "****";
        return new PartyDetails(details.sex(), details.ethnicity(), details.birthDate(), details.occupation(), address,
                details.agentName(), details.agentCapacity(), PersonalDataMask.phone(details.agentPhone()),
                details.refusedReason());
    }

    /** A party as a signed document prints it: ID number, phones and address as the reader may see them. */
    public record SigningParty(PartyRole role, PartyKind kind, String name, String idNumber, String phone,
                               PartyDetails details) {
    }

    /** A party with its ID number and phone as the reader may see them. */
    public record Party(PartyRole role, PartyKind kind, String name, String idNumber, String phone) {
    }
}
