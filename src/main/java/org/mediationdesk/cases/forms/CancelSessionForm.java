package org.mediationdesk.cases.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a planned session will not take place. */
public record CancelSessionForm(@NotBlank @Size(max = 300) String reason) {
}
