package org.mediationdesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

import org.mediationdesk.cases.CaseMessaging;
import org.mediationdesk.cases.PartyRole;
import org.springframework.stereotype.Component;

/**
 * Writes messages to the outbox in the caller's transaction: to each party of the given roles that has a phone on
 * file (a text message, held until the quiet hours end unless urgent), or to a member of staff such as the case's mediator (the staff channel).
 * With an {@code occasion} a message is written once per addressee however often the occasion recurs.
 */
@Component
class Outbox {

    private final OutboxMapper outbox;
    private final CaseMessaging cases;
    private final MessageSettings settings;
    private final QuietHours quietHours;
    private final Clock clock;

    Outbox(OutboxMapper outbox, CaseMessaging cases, MessageSettings settings, Clock clock) {
        this.outbox = outbox;
        this.cases = cases;
        this.settings = settings;
        this.quietHours = new QuietHours(settings.quietFrom(), settings.quietUntil());
        this.clock = clock;
    }

    void toParties(CaseMessaging.MessageCase c, MessageKind kind, Collection<PartyRole> roles, Map<String, String> params,
                   String occasion) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime due = kind.urgent() ? now : quietHours.allowedFrom(now);
        cases.addressees(c.id()).stream()
                .filter(party -> party.hasPhone() && (roles.isEmpty() || roles.contains(party.role())))
                .forEach(party -> write(new OutboxMapper.NewMessage(c.id(), c.centreCode(), kind, MessageChannels.SMS,
                        party.partyId(), party.role().name(), null, MessageTemplates.store(params), kind.urgent(),
                        occasion == null ? null : occasion + ":p" + party.partyId(), due, now)));
    }

    void toStaff(CaseMessaging.MessageCase c, String username, MessageKind kind, Map<String, String> params) {
        if (username == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        write(new OutboxMapper.NewMessage(c.id(), c.centreCode(), kind, settings.staffChannel(), null, null, username,
                MessageTemplates.store(params), kind.urgent(), null, now, now));
    }

    private void write(OutboxMapper.NewMessage message) {
        if (message.dedupeKey() == null || outbox.countByDedupeKey(message.dedupeKey()) == 0) {
            outbox.insert(message);
        }
    }
}
