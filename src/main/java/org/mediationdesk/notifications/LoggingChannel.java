package org.mediationdesk.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends nothing: writes each message to the log (the address masked) and counts it as sent. The channel of the demo
 * and of any installation without an SMS provider or a mail server, so messages, their history lines and the
 * failures page work end to end without an outside service.
 */
final class LoggingChannel implements MessageChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

    private final String name;
    private final AddressKind addressKind;

    LoggingChannel(String name, AddressKind addressKind) {
        this.name = name;
        this.addressKind = addressKind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public AddressKind addressKind() {
        return addressKind;
    }

    @Override
    public void send(String address, OutgoingMessage message) {
        log.info("Logging {} channel, nothing sent: {} to {}: {}", name, message.kind(), masked(address), message.text());
    }

    /** The first three and the last two characters; enough to tell messages apart in a log, not to call anyone. */
    static String masked(String address) {
        if (address.length() <= 5) {
            return "*".repeat(address.length());
        }
        return address.substring(0, 3) + "*".repeat(address.length() - 5) + address.substring(address.length() - 2);
    }
}
