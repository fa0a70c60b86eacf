package org.mediationdesk.notifications;

/**
 * A way to deliver a message: SMS and e-mail come with the application; another one (a 浙政钉 work notice) is a
 * Spring bean implementing this interface with a {@link #name()} of its own, chosen for staff with
 * {@code mediationdesk.messages.staff-channel} (docs/integrations.md, "Messages").
 */
public interface MessageChannel {

    /** Stored with each message ({@code message_outbox.channel}) and named in the case history. */
    String name();

    /** What the channel sends to: a party's phone, a member of staff's e-mail address or their login. */
    AddressKind addressKind();

    /**
     * Delivers one message or throws; a throw is retried with back-off until the last attempt. Called outside any
     * transaction, once per message (at least once: a node that dies after delivering but before recording it
     * leaves the message to be sent again when its lease ends).
     */
    void send(String address, OutgoingMessage message) throws MessageNotDelivered;

    /** What {@link #send} is given as the address. */
    enum AddressKind {
        /** A party's phone, opened from its sealed copy just before sending. */
        PHONE,
        /** The e-mail address a member of staff gave on /account/messages. */
        EMAIL,
        /** A member of staff's login, for a channel that knows people by their account (a work-notice platform). */
        ACCOUNT
    }
}
