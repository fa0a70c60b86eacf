package org.mediationdesk.notifications;

/** A channel could not deliver a message; the text (kept with the message, at most 500 characters) says why. */
public class MessageNotDelivered extends Exception {

    public MessageNotDelivered(String message) {
        super(message);
    }

    public MessageNotDelivered(String message, Throwable cause) {
        super(message, cause);
    }
}
