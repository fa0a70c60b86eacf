package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** agencyOpinion: one agency's opinion in a joint mediation. */
public record AgencyOpinionForm(@NotBlank @Size(max = 2000) String opinion) {
}
