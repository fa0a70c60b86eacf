package org.mediationdesk.process.forms;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * judicialConfirmation: whether the parties applied to a court for judicial confirmation, and if so on
 * which day and to which court ({@code appliedOn} and {@code court} are required when they applied).
 */
public record ConfirmationApplicationForm(@NotNull Boolean applied, LocalDate appliedOn,
                                          @Size(max = 100) String court) {
}
