package org.mediationdesk.notifications;

/**
 * Where a message stands: PENDING until a node claims it (SENDING, for the length of its lease), then SENT,
 * PENDING again for a retry, FAILED after the last attempt, or WITHHELD (the party opted out, no address on file).
 */
enum MessageStatus {
    PENDING, SENDING, SENT, FAILED, WITHHELD
}
