package org.mediationdesk.rulesets;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies the rule set API accepts. */
final class RuleSetRequests {

    private RuleSetRequests() {
    }

    /** A new draft copied from {@code basedOn} (the published version when absent). */
    record NewDraft(Long basedOn, @NotBlank @Size(max = 500) String comment) {
    }

    /** A file to create or replace in a draft. */
    record FileContent(@NotBlank String path, @NotNull String content) {
    }

    /** Why: submitting, approving, rolling back, discarding. */
    record Comment(@NotBlank @Size(max = 500) String comment) {
    }

    /** The registration dates, both included, of the past cases a simulation decides. */
    record Period(@NotNull LocalDate from, @NotNull LocalDate to) {
    }
}
