package org.mediationdesk.mediators;

import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A mediator's case cap and specialties as the administrator sets them. */
public class MediatorForm {

    @NotNull(message = "{mediator.cap.required}")
    @Min(value = 1, message = "{mediator.cap.range}")
    @Max(value = MediatorRoster.MAX_CAP, message = "{mediator.cap.range}")
    private Integer caseCap;

    private Set<String> specialties = new TreeSet<>();

    public Integer getCaseCap() {
        return caseCap;
    }

    public void setCaseCap(Integer caseCap) {
        this.caseCap = caseCap;
    }

    public Set<String> getSpecialties() {
        return specialties;
    }

    public void setSpecialties(Set<String> specialties) {
        this.specialties = specialties == null ? new TreeSet<>() : new TreeSet<>(specialties);
    }
}
