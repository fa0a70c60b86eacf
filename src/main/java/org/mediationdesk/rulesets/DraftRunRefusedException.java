package org.mediationdesk.rulesets;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * A draft run refused because the author runs one already (409) or this node runs as many as it
 * may (429); the message key says which in the reader's language.
 */
class DraftRunRefusedException extends RuntimeException {

    /** Why the run was refused, its answer and its message. */
    enum Reason {
        AUTHOR_BUSY(HttpStatus.CONFLICT, "ruleset.draftRun.authorBusy"),
        POOL_FULL(HttpStatus.TOO_MANY_REQUESTS, "ruleset.draftRun.poolFull");

        private final HttpStatus status;
        private final String messageKey;

        Reason(HttpStatus status, String messageKey) {
            this.status = status;
            this.messageKey = messageKey;
        }

        HttpStatus status() {
            return status;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final int places;
    private final String running;

    /** @param running where the author's running simulation job answers, if that is what keeps them busy */
    DraftRunRefusedException(Reason reason, int places, String running) {
        super(reason.name());
        this.reason = reason;
        this.places = places;
        this.running = running;
    }

    Reason reason() {
        return reason;
    }

    /** The API location of the simulation job that keeps the author busy, or null. */
    String running() {
        return running;
    }

    /** Why, for people: the reason's message with how many drafts the node runs at once. */
    String message(MessageSource messages, Locale locale) {
        return messages.getMessage(reason.messageKey(), new Object[] {places}, locale);
    }
}
