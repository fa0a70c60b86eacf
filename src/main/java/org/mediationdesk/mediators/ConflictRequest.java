package org.mediationdesk.mediators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A conflict of interest a mediator declares (关系回避): a person, their ID number if known, and the relation. */
public record ConflictRequest(@NotBlank @Size(max = 100) String partyName, @Size(max = 18) String partyIdNumber,
                              @NotNull Relation relation) {

    /** Relative, business partner, or another relation that could make them partial. */
    public enum Relation { RELATIVE, BUSINESS_PARTNER, OTHER }
}
