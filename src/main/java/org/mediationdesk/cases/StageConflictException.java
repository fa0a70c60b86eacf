package org.mediationdesk.cases;

/** The action does not fit the case's current state (409); the message key says why. */
public class StageConflictException extends RuntimeException {

    private final String messageKey;

    public StageConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
