package org.mediationdesk.cases.forms;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A mediation session to record (调解记录). */
public record SessionForm(@NotNull @PastOrPresent LocalDateTime heldAt, @NotBlank @Size(max = 100) String place,
                          @NotBlank @Size(max = 500) String attendees, @NotBlank @Size(max = 2000) String summary,
                          @Size(max = 500) String nextStep) {
}
