package org.mediationdesk.privacy;

import java.time.LocalDateTime;

/** A search of the access records; a null criterion is not applied; {@code to} is exclusive. */
public record AccessRecordQuery(String username, String caseNumber, LocalDateTime from, LocalDateTime to) {
}
