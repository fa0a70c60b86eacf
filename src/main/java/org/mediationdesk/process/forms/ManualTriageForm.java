package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** triageManually: the county centre's manager picks the centre after two returns. */
public record ManualTriageForm(@NotBlank @Size(max = 32) String centreCode, @NotBlank @Size(max = 500) String reason) {
}
