package org.mediationdesk.notifications;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Failed messages of the centres a manager or administrator sees, and sending one again. */
@Service
class MessageAdministration {

    static final int PAGE_LIMIT = 200;

    private final OutboxMapper outbox;
    private final CentreScope centreScope;
    private final Clock clock;

    MessageAdministration(OutboxMapper outbox, CentreScope centreScope, Clock clock) {
        this.outbox = outbox;
        this.centreScope = centreScope;
        this.clock = clock;
    }

    /** The latest failed messages of the user's centres, newest first. */
    List<FailedMessage> failed(AppUser user) {
        return outbox.findByStatus(MessageStatus.FAILED, PAGE_LIMIT).stream()
                .filter(message -> centreScope.canSee(user, message.centreCode()))
                .map(FailedMessage::of).toList();
    }

    /** Puts a failed message back in the outbox with its attempts counted afresh; the next send takes it. */
    @Transactional
    void retry(long id, AppUser user) {
        OutboxMapper.Message message = outbox.find(id).filter(m -> centreScope.canSee(user, m.centreCode()))
                .orElseThrow(() -> new NotFoundException("message.notFound", "message " + id));
        if (outbox.retry(message.id(), LocalDateTime.now(clock)) != 1) {
            throw new ConflictException("message.notFailed");
        }
    }

    /** A failed message as the page and the API show it: no address, the party only by role. */
    record FailedMessage(long id, String caseNumber, MessageKind kind, String channel, String partyRole, String username,
                         int attempts, String lastError, LocalDateTime createdAt) {

        static FailedMessage of(OutboxMapper.Message m) {
            return new FailedMessage(m.id(), m.caseNumber(), m.kind(), m.channel(), m.partyRole(), m.username(),
                    m.attempts(), m.lastError(), m.createdAt());
        }
    }
}
