package org.mediationdesk.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.cases.CaseMessaging;
import org.mediationdesk.cases.EventType;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due, on every node every {@code send-every}: claims a batch in a short transaction (rows locked with
 * {@code SKIP LOCKED}, so nodes take different messages, then marked SENDING with this node's name and a lease),
 * sends each outside any transaction, and records the result with the case history's line in one transaction —
 * only while the claim is still this node's. Text messages wait out the quiet hours and the per-number limit;
 * a failure is retried with back-off and FAILED after the last attempt, never holding up the case.
 */
@Component
class MessageSender {

    private static final Logger log = LoggerFactory.getLogger(MessageSender.class);
    private static final int MAX_ERROR = 500;

    private final OutboxMapper outbox;
    private final MessageChannels.ChannelDirectory channels;
    private final CaseMessaging cases;
    private final MessageTemplates templates;
    private final PersonalDataCipher cipher;
    private final MessageSettings settings;
    private final QuietHours quietHours;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String node;

    @Autowired
    MessageSender(OutboxMapper outbox, MessageChannels.ChannelDirectory channels, CaseMessaging cases,
                  MessageTemplates templates, PersonalDataCipher cipher, MessageSettings settings, Clock clock,
                  PlatformTransactionManager transactions) {
        this(outbox, channels, cases, templates, cipher, settings, clock, transactions,
                "node-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** With a name of its own: another sender on the same database, as another node has. */
    MessageSender(OutboxMapper outbox, MessageChannels.ChannelDirectory channels, CaseMessaging cases,
                  MessageTemplates templates, PersonalDataCipher cipher, MessageSettings settings, Clock clock,
                  PlatformTransactionManager transactions, String node) {
        this.outbox = outbox;
        this.channels = channels;
        this.cases = cases;
        this.templates = templates;
        this.cipher = cipher;
        this.settings = settings;
        this.quietHours = new QuietHours(settings.quietFrom(), settings.quietUntil());
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.node = node;
    }

    @Scheduled(initialDelayString = "${mediationdesk.messages.send-every:PT15S}",
            fixedDelayString = "${mediationdesk.messages.send-every:PT15S}")
    void sendOnSchedule() {
        int handled = sendDue();
        if (handled > 0) {
            log.info("Node {} handled {} messages", node, handled);
        }
    }

    /** Sends batch after batch until nothing is due; @return the messages this call handled */
    int sendDue() {
        int handled = 0;
        for (List<Long> ids = claim(); !ids.isEmpty(); ids = claim()) {
            ids.forEach(this::deliver);
            handled += ids.size();
        }
        return handled;
    }

    /**
     * Sends one message now if it is still waiting (a verification code, just after the transaction that wrote it);
     * one a node's sender claimed meanwhile is left to it. @return whether this call handled it
     */
    boolean sendNow(long id) {
        List<Long> ids = transaction.execute(status -> {
            List<Long> locked = outbox.lockOne(id);
            if (!locked.isEmpty()) {
                outbox.claim(locked, node, now().plus(settings.lease()));
            }
            return locked;
        });
        ids.forEach(this::deliver);
        return !ids.isEmpty();
    }

    private List<Long> claim() {
        return transaction.execute(status -> {
            LocalDateTime now = now();
            List<Long> ids = outbox.lockDue(now, settings.batch());
            if (!ids.isEmpty()) {
                outbox.claim(ids, node, now.plus(settings.lease()));
            }
            return ids;
        });
    }

    private void deliver(long id) {
        OutboxMapper.Message message = outbox.find(id).orElseThrow();
        Optional<MessageChannel> channel = channels.find(message.channel());
        if (channel.isEmpty()) {
            failed(message, "没有名为 " + message.channel() + " 的发送渠道", false);
            return;
        }
        if (message.partyId() != null && !outbox.findSmsConsent(message.partyId()).orElse(true)) {
            withheld(message, "OPTED_OUT");
            return;
        }
        Optional<String> address = addressOf(message, channel.get().addressKind());
        if (address.isEmpty()) {
            withheld(message, "NO_ADDRESS");
            return;
        }
        boolean phone = channel.get().addressKind() == MessageChannel.AddressKind.PHONE;
        boolean toNumber = message.caseId() == null;
        String recipientKey = toNumber ? null : phone ? cipher.phoneLookup(address.get())
                : cipher.keyedHash("message-recipient", address.get().getBytes(StandardCharsets.UTF_8));
        // A message to a number (a verification code) is urgent and limited by the public side's own limits.
        Optional<LocalDateTime> wait = phone && !toNumber ? waitFor(message, recipientKey) : Optional.empty();
        if (wait.isPresent()) {
            finish(message, MessageStatus.PENDING, message.attempts(), wait.get(), null, message.lastError(), null, null, null);
            return;
        }
        try {
            String params = toNumber ? cipher.open(message.params()) : message.params();
            channel.get().send(address.get(), templates.word(message.kind(), params, Locale.SIMPLIFIED_CHINESE));
        } catch (MessageNotDelivered | RuntimeException e) {
            failed(message, e.getMessage(), phone);
            return;
        }
        finish(message, MessageStatus.SENT, message.attempts() + 1, now(), recipientKey, null, now(), EventType.MESSAGE_SENT, null);
    }

    private Optional<String> addressOf(OutboxMapper.Message message, MessageChannel.AddressKind kind) {
        if (message.caseId() == null) {
            return kind == MessageChannel.AddressKind.PHONE ? Optional.ofNullable(cipher.open(message.sealedAddress()))
                    : Optional.empty();
        }
        if (message.partyId() != null) {
            return kind == MessageChannel.AddressKind.PHONE ? cases.phone(message.caseId(), message.partyId()) : Optional.empty();
        }
        return switch (kind) {
            case EMAIL -> outbox.findStaffAddress(message.username());
            case ACCOUNT -> Optional.of(message.username());
            case PHONE -> Optional.empty();
        };
    }

    /** When a text message must wait: in quiet hours (unless urgent), or for the number's limit. */
    private Optional<LocalDateTime> waitFor(OutboxMapper.Message message, String recipientKey) {
        LocalDateTime now = now();
        LocalDateTime allowed = message.urgent() ? now : quietHours.allowedFrom(now);
        if (allowed.isAfter(now)) {
            return Optional.of(allowed);
        }
        List<LocalDateTime> sent = outbox.findSentSince(recipientKey, now.minus(settings.perNumberWindow()));
        if (sent.size() >= settings.perNumberLimit()) {
            return Optional.of(sent.get(sent.size() - settings.perNumberLimit()).plus(settings.perNumberWindow()));
        }
        return Optional.empty();
    }

    private void failed(OutboxMapper.Message message, String error, boolean phone) {
        int attempts = message.attempts() + 1;
        String reason = error == null ? "发送失败" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= settings.maxAttempts()) {
            log.warn("Message {} ({}) failed after {} attempts: {}", message.id(), message.kind(), attempts, reason);
            finish(message, MessageStatus.FAILED, attempts, now(), null, reason, null, EventType.MESSAGE_FAILED, "UNDELIVERABLE");
            return;
        }
        LocalDateTime retry = now().plus(settings.retryAfter(attempts));
        finish(message, MessageStatus.PENDING, attempts, phone && !message.urgent() ? quietHours.allowedFrom(retry) : retry,
                null, reason, null, null, null);
    }

    private void withheld(OutboxMapper.Message message, String reason) {
        finish(message, MessageStatus.WITHHELD, message.attempts(), now(), null, null, null, EventType.MESSAGE_WITHHELD, reason);
    }

    /**
     * Ends this node's claim and, for a final outcome ({@code line}), writes the case history's line in the same
     * transaction; nothing when the claim is no longer this node's (its lease ran out and another node has it).
     */
    private void finish(OutboxMapper.Message message, MessageStatus status, int attempts, LocalDateTime next,
                        String recipientKey, String error, LocalDateTime sentAt, EventType line, String reason) {
        transaction.executeWithoutResult(tx -> {
            if (outbox.release(message.id(), node, status, attempts, next, recipientKey, error, sentAt) != 1) {
                return;
            }
            if (message.caseId() == null) {
                outbox.forgetNumber(message.id());
            } else if (line != null) {
                recordInHistory(message, line, reason);
            }
        });
    }

    private void recordInHistory(OutboxMapper.Message message, EventType outcome, String reason) {
        if (message.partyId() != null) {
            cases.recordPartyMessage(message.caseId(), outcome, message.kind().name(), message.channel(),
                    PartyRole.valueOf(message.partyRole()), reason);
        } else {
            cases.recordStaffMessage(message.caseId(), outcome, message.kind().name(), message.channel(),
                    message.username(), reason);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
