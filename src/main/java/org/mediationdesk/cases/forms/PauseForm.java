package org.mediationdesk.cases.forms;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Pause the mediation deadline while the case waits on something outside the centre. */
public record PauseForm(@NotNull Reason reason, @Size(max = 500) String note) {

    /** A party asked to postpone; evidence or an expert appraisal is awaited; a party cannot be reached. */
    public enum Reason { PARTY_POSTPONED, AWAITING_EVIDENCE, EXPERT_APPRAISAL, PARTY_UNREACHABLE }
}
