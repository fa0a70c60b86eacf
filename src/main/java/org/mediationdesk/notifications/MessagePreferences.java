package org.mediationdesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseMessaging;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants which messages: a party's consent to text messages, recorded by staff of the case when the party says
 * so (no record: the party receives them), and the e-mail address where each member of staff receives theirs.
 */
@Service
public class MessagePreferences {

    /** Something@something.something, no spaces: the mail server decides the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;

    private final OutboxMapper outbox;
    private final CaseAccess caseAccess;
    private final CaseMessaging cases;
    private final Clock clock;

    MessagePreferences(OutboxMapper outbox, CaseAccess caseAccess, CaseMessaging cases, Clock clock) {
        this.outbox = outbox;
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Records a party's choice, told to the clerk, mediator or manager of a case within their centres. {@code partyNo}
     * counts the case's parties from 1 in the order they were registered, as the case page does.
     */
    @Transactional
    public void setSmsConsent(String caseNumber, int partyNo, boolean sms, AppUser user) {
        if (!mayRecordConsent(user)) {
            throw new AccessDeniedException("Only intake, mediators and managers record a party's choice of messages");
        }
        CaseRef ref = caseAccess.workableCase(caseNumber, user);
        List<CaseMessaging.Addressee> parties = cases.addressees(ref.id());
        if (partyNo < 1 || partyNo > parties.size()) {
            throw new NotFoundException("message.partyNotFound", caseNumber + " party " + partyNo);
        }
        long partyId = parties.get(partyNo - 1).partyId();
        outbox.deleteConsent(partyId);
        outbox.insertConsent(partyId, sms, user.username(), LocalDateTime.now(clock));
    }

    public static boolean mayRecordConsent(AppUser user) {
        return user.has(Role.INTAKE) || user.has(Role.MEDIATOR) || user.has(Role.MANAGER);
    }

    /** Whether each of the case's parties, in the case page's order, receives text messages. */
    public List<Boolean> receivesTexts(CaseRef ref) {
        Set<Long> declining = outbox.findPartiesDecliningTexts(ref.id());
        return cases.addressees(ref.id()).stream().map(party -> !declining.contains(party.partyId())).toList();
    }

    Optional<String> staffAddress(AppUser user) {
        return outbox.findStaffAddress(user.username());
    }

    /** Sets (or, blank, removes) where the user receives messages by e-mail. */
    @Transactional
    void setStaffAddress(AppUser user, String email) {
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches())) {
            throw new InvalidRequestException(List.of(new FieldProblem("email", "电子邮箱地址格式不正确 (not an e-mail address)")));
        }
        outbox.deleteStaffAddress(user.username());
        if (!address.isEmpty()) {
            outbox.insertStaffAddress(user.username(), address, LocalDateTime.now(clock));
        }
    }
}
