package org.mediationdesk.cases;

import java.time.LocalDateTime;

/** One mediation session (调解记录): when, where, who came, what was said, what comes next. */
public record MediationSession(LocalDateTime heldAt, String place, String attendees, String summary, String nextStep,
                               String recordedBy, LocalDateTime recordedAt) {
}
