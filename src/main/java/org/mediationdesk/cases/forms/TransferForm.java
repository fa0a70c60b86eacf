package org.mediationdesk.cases.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Transfer a case in mediation to another centre. */
public record TransferForm(@NotBlank @Size(max = 32) String centreCode, @NotBlank @Size(max = 500) String reason) {
}
