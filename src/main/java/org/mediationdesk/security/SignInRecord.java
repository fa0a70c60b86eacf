package org.mediationdesk.security;

import java.time.LocalDateTime;

/** One line of the sign-in record; {@code actor} is the administrator who lifted a lock. */
public record SignInRecord(long id, LocalDateTime occurredAt, String username, String address, SignInChannel channel,
                           SignInOutcome outcome, String actor) {
}
