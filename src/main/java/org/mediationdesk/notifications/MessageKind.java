package org.mediationdesk.notifications;

import java.util.List;

/**
 * What a message says, to whom: its text is {@code message.<KIND>.text} (and {@code .subject} for e-mail) in
 * messages.properties with {@link #params} as {0}, {1}…; a cloud SMS provider gets the same params by name with
 * the template code configured for the kind. Urgent messages are sent in quiet hours too.
 */
enum MessageKind {
    CASE_ACCEPTED(Audience.PARTY, false, "caseNumber", "centre", "link"),
    SESSION_INVITATION(Audience.PARTY, false, "caseNumber", "time", "place"),
    SESSION_REMINDER(Audience.PARTY, false, "caseNumber", "time", "place"),
    OUTCOME(Audience.PARTY, false, "caseNumber", "outcome"),
    AGREEMENT_READY(Audience.PARTY, false, "caseNumber", "centre"),
    FOLLOW_UP_VISIT(Audience.PARTY, false, "caseNumber", "centre"),
    SATISFACTION_REQUEST(Audience.PARTY, false, "caseNumber", "centre"),
    TASK_ASSIGNED(Audience.STAFF, false, "caseNumber", "centre", "stage"),
    DEADLINE_WARNING(Audience.STAFF, false, "caseNumber", "centre"),
    CASE_OVERDUE(Audience.STAFF, true, "caseNumber", "centre"),
    SUPERVISION_OPENED(Audience.STAFF, true, "caseNumber", "centre"),
    /** A one-time code for the public side: to a number, not a party of a case; sent at once, quiet hours or not. */
    VERIFICATION_CODE(Audience.PUBLIC, true, "code", "minutes");

    enum Audience { PARTY, STAFF, PUBLIC }

    private final Audience audience;
    private final boolean urgent;
    private final List<String> params;

    MessageKind(Audience audience, boolean urgent, String... params) {
        this.audience = audience;
        this.urgent = urgent;
        this.params = List.of(params);
    }

    Audience audience() {
        return audience;
    }

    boolean urgent() {
        return urgent;
    }

    List<String> params() {
        return params;
    }
}
