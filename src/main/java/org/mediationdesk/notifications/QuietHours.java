package org.mediationdesk.notifications;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * No text message that is not urgent between {@code from} and {@code until}, business time (21:00–08:00 by default):
 * one due then waits until {@code until}.
 */
record QuietHours(LocalTime from, LocalTime until) {

    /** The first time at or after {@code due} when the message may go. */
    LocalDateTime allowedFrom(LocalDateTime due) {
        LocalTime time = due.toLocalTime();
        boolean overnight = from.isAfter(until);
        if (overnight && !time.isBefore(from)) {
            return due.toLocalDate().plusDays(1).atTime(until);
        }
        if ((overnight || !time.isBefore(from)) && time.isBefore(until)) {
            return due.toLocalDate().atTime(until);
        }
        return due;
    }
}
