package org.mediationdesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.mediationdesk.cases.CaseMessaging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the invited parties of a session the day before ({@code reminder-ahead}): every node looks every
 * {@code send-every} for sessions starting within that time and writes one reminder per session, time and party
 * (the occasion key; a second node's copy of the same reminder is refused by the key and skipped).
 */
@Component
class SessionReminders {

    private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

    private final CaseMessaging cases;
    private final Outbox outbox;
    private final MessageSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SessionReminders(CaseMessaging cases, Outbox outbox, MessageSettings settings, Clock clock,
                     PlatformTransactionManager transactions) {
        this.cases = cases;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${mediationdesk.messages.send-every:PT15S}",
            fixedDelayString = "${mediationdesk.messages.send-every:PT15S}")
    void remindOnSchedule() {
        remind();
    }

    void remind() {
        LocalDateTime now = LocalDateTime.now(clock);
        for (CaseMessaging.CaseSession due : cases.sessionsStarting(now, now.plus(settings.reminderAhead()))) {
            try {
                transaction.executeWithoutResult(status -> cases.messageCase(due.caseId()).ifPresent(c -> write(c, due)));
            } catch (DuplicateKeyException anotherNodeWroteIt) {
                log.debug("The reminder of session {} was written by another node", due.session().id());
            }
        }
    }

    private void write(CaseMessaging.MessageCase c, CaseMessaging.CaseSession due) {
        Map<String, String> params = new HashMap<>(Map.of("caseNumber", c.caseNumber(), "centre", c.centreName()));
        outbox.toParties(c, MessageKind.SESSION_REMINDER, due.session().invitedRoles(),
                CaseMessageTriggers.sessionParams(params, due.session()),
                "reminder:" + due.session().id() + ":" + due.session().startsAt());
    }
}
