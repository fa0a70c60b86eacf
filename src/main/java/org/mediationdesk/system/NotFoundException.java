package org.mediationdesk.system;

/** What the request names does not exist (404); the message key says what. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
