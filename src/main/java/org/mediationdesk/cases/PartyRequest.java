package org.mediationdesk.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party as entered at intake. */
public record PartyRequest(
        @NotNull PartyRole role,
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 18) String idNumber,
        @Size(max = 20) String phone) {
}
