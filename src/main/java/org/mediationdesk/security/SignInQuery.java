package org.mediationdesk.security;

import java.time.LocalDateTime;

/** A search of the sign-in record; a null criterion is not applied. */
public record SignInQuery(String username, SignInOutcome outcome, LocalDateTime from, LocalDateTime to) {
}
