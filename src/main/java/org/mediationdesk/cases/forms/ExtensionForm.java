package org.mediationdesk.cases.forms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The one extension of the mediation deadline, e.g. with both parties' consent. */
public record ExtensionForm(@NotNull @Min(1) @Max(60) Integer workingDays, @NotBlank @Size(max = 500) String reason) {
}
