package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** mediate: how the mediation ended. */
public record MediationOutcomeForm(@NotNull Outcome outcome, @Size(max = 1000) String note) {

    /** Agreement reached; mediation failed (调解不成); a party refused to go on or withdrew. */
    public enum Outcome { AGREED, FAILED, WITHDRAWN }
}
