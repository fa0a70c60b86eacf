package org.mediationdesk.cases.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager excuses an agency the rules require from joining the mediation (联合调解), saying why. */
public record AgencyWaiverForm(@NotBlank @Size(max = 32) String agency, @NotBlank @Size(max = 500) String reason) {
}
