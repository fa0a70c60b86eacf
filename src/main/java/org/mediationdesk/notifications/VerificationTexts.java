package org.mediationdesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import org.mediationdesk.privacy.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One-time codes by text message, for the public side: the message goes through the outbox like every other (the
 * number and the code sealed, both blanked once the message is final; no case, no history line), is urgent, and
 * is sent as soon as the caller's transaction commits, not at the sender's next round; should that fail, the
 * sender's retries take it over.
 */
@Service
public class VerificationTexts {

    private final OutboxMapper outbox;
    private final MessageSender sender;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    VerificationTexts(OutboxMapper outbox, MessageSender sender, PersonalDataCipher cipher, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Writes the code's text message in the caller's transaction (or its own) and sends it once that commits. */
    public void sendCode(String phone, String code, int validMinutes) {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        var message = new OutboxMapper.NewNumberMessage(MessageKind.VERIFICATION_CODE, MessageChannels.SMS,
                sealer.seal(phone), sealer.seal(MessageTemplates.store(Map.of("code", code,
                "minutes", String.valueOf(validMinutes)))), LocalDateTime.now(clock));
        outbox.insertToNumber(message);
        long id = message.getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.sendNow(id);
                }
            });
        } else {
            sender.sendNow(id);
        }
    }
}
