package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Service;

/**
 * What the messages to parties and staff may know of a case: its number, centre, mediator, outcome and next
 * session, who its parties are (a phone only as "on file"), a party's phone opened at the moment a message is
 * sent, and the history line each message leaves. The phone never leaves this class but to be sent.
 */
@Service
public class CaseMessaging {

    private final CaseMapper cases;
    private final PlannedSessionMapper plans;
    private final PersonalDataCipher cipher;
    private final ReferenceData referenceData;
    private final CaseJournal journal;

    CaseMessaging(CaseMapper cases, PlannedSessionMapper plans, PersonalDataCipher cipher, ReferenceData referenceData,
                  CaseJournal journal) {
        this.cases = cases;
        this.plans = plans;
        this.cipher = cipher;
        this.referenceData = referenceData;
        this.journal = journal;
    }

    /** The case as a message speaks of it; empty for an unknown id. */
    public Optional<MessageCase> messageCase(long caseId) {
        return cases.findById(caseId).map(row -> new MessageCase(row.id(), row.caseNumber(), row.centreCode(),
                referenceData.centre(row.centreCode()).map(centre -> centre.nameZh()).orElse(row.centreCode()),
                row.status(), row.mediator(), row.outcome()));
    }

    public List<Addressee> addressees(long caseId) {
        return cases.findAddressees(caseId).stream()
                .map(party -> new Addressee(party.partyId(), party.role(), party.name(), party.hasPhone())).toList();
    }

    /** The party's phone in clear, for sending now; empty when none is on file. */
    public Optional<String> phone(long caseId, long partyId) {
        return cases.findSealedPhone(caseId, partyId).map(cipher::open).filter(phone -> !phone.isBlank());
    }

    /** The earliest session still planned that starts after now. */
    public Optional<PlannedSession> nextSession(long caseId) {
        LocalDateTime now = journal.now();
        return plans.findByCase(caseId).stream()
                .filter(row -> row.status() == PlannedSession.Status.PLANNED && row.startsAt().isAfter(now))
                .min(Comparator.comparing(PlannedSessionMapper.Row::startsAt))
                .map(row -> SessionPlanning.view(row, now));
    }

    /** Sessions still planned that start in [from, to), of every centre, with their case's id. */
    public List<CaseSession> sessionsStarting(LocalDateTime from, LocalDateTime to) {
        LocalDateTime now = journal.now();
        return plans.findPlannedBetween(from, to).stream()
                .map(row -> new CaseSession(row.caseId(), SessionPlanning.view(row, now))).toList();
    }

    /**
     * The history line of a message to a party: sent, failed or withheld ({@code MESSAGE_SENT}, {@code MESSAGE_FAILED},
     * {@code MESSAGE_WITHHELD}); the party is named by role only, so de-identification has nothing to erase here.
     * {@code reason}: why it failed or was withheld, a {@code MessageReason} code; null for a sent message.
     */
    public void recordPartyMessage(long caseId, EventType outcome, String kind, String channel, PartyRole role, String reason) {
        record(caseId, outcome, kind, channel, EventNote.label("PartyRole", role), reason);
    }

    /** The history line of a message to a member of staff, named by their login; {@code reason} as for a party. */
    public void recordStaffMessage(long caseId, EventType outcome, String kind, String channel, String username, String reason) {
        record(caseId, outcome, kind, channel, EventNote.user(username), reason);
    }

    private void record(long caseId, EventType outcome, String kind, String channel, EventNote.Arg to, String reason) {
        if (outcome != EventType.MESSAGE_SENT && outcome != EventType.MESSAGE_FAILED && outcome != EventType.MESSAGE_WITHHELD) {
            throw new IllegalArgumentException("Not a message's outcome: " + outcome);
        }
        String key = switch (outcome) {
            case MESSAGE_SENT -> "messageSent";
            case MESSAGE_FAILED -> "messageFailed";
            default -> "messageWithheld";
        };
        journal.record(caseId, outcome, CaseTriage.SYSTEM_ACTOR, EventNote.of(key,
                new EventNote.Arg(EventNote.Kind.LABEL, "MessageKind." + kind),
                new EventNote.Arg(EventNote.Kind.LABEL, "MessageChannel." + channel), to,
                reason == null ? EventNote.text("") : new EventNote.Arg(EventNote.Kind.LABEL, "MessageReason." + reason)));
    }

    /** A case as a message names it; {@code mediator} and {@code outcome} may be null. */
    public record MessageCase(long id, String caseNumber, String centreCode, String centreName, CaseStatus status,
                              String mediator, String outcome) {
    }

    /** A party a message may go to; its phone is only known to be on file or not. */
    public record Addressee(long partyId, PartyRole role, String name, boolean hasPhone) {
    }

    /** A planned session and the case it belongs to. */
    public record CaseSession(long caseId, PlannedSession session) {
    }
}
