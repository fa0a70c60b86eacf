package org.mediationdesk.mediators;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A mediator's leave: from, to (inclusive), an optional stand-in colleague, and why. */
public record LeaveRequest(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @Size(max = 64) String standIn,
                           @NotBlank @Size(max = 200) String reason) {
}
