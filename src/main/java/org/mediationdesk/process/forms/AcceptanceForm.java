package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * acceptCase: accept; return to triage (wrong centre) with a reason; or decline as not acceptable
 * (不予受理) with a reason, the ground and where the parties were directed. The conditional
 * requirements are checked by {@code StageCompletion}.
 */
public record AcceptanceForm(@NotNull Decision decision, @Size(max = 500) String reason, DeclineGround declineGround,
                             @Size(max = 200) String directedTo) {

    public enum Decision { ACCEPT, RETURN, DECLINE }

    /** Why a dispute is not for mediation; a crime or public-order offence is handed to the police. */
    public enum DeclineGround { BEFORE_COURT, OTHER_AUTHORITY, PARTY_REFUSES, CRIME_OR_OFFENCE }
}
