package org.mediationdesk.process.forms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** followUp: was the agreement performed, and how satisfied each side is (1 to 5). */
public record FollowUpForm(@NotNull Boolean performed,
                           @NotNull @Min(1) @Max(5) Integer applicantSatisfaction,
                           @NotNull @Min(1) @Max(5) Integer respondentSatisfaction,
                           @Size(max = 1000) String note) {
}
