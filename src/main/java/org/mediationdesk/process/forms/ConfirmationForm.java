package org.mediationdesk.process.forms;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** judicialConfirmation: what the court decided on the parties' application. */
public record ConfirmationForm(@NotNull Decision decision, @NotBlank @Size(max = 100) String court,
                               @NotNull @PastOrPresent LocalDate decidedOn) {

    public enum Decision { CONFIRMED, REJECTED }
}
