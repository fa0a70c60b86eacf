package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** referral: where the parties were referred (诉调对接). */
public record ReferralForm(@NotNull ReferredTo referredTo, @NotBlank @Size(max = 100) String body,
                           @Size(max = 1000) String note) {

    public enum ReferredTo { COURT, ARBITRATION, ADMINISTRATIVE }
}
