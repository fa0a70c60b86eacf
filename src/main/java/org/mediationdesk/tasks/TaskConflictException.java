package org.mediationdesk.tasks;

/** The task cannot be acted on now (409): done already, or held by someone else. */
public class TaskConflictException extends RuntimeException {

    private final String messageKey;

    TaskConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
