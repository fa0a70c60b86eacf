package org.mediationdesk.cases.forms;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A session to plan ahead (预约调解), or a planned one's new time and place. {@code startsAt} is in
 * business time (Asia/Shanghai) and must be in the future; the end is {@code endsAt} or
 * {@code durationMinutes} after the start, or open. Invitees: party roles (APPLICANT, RESPONDENT,
 * THIRD_PARTY), agency codes and anyone else as text.
 */
public record PlanSessionForm(@NotNull LocalDateTime startsAt, LocalDateTime endsAt,
                              @Min(15) @Max(720) Integer durationMinutes, @NotBlank @Size(max = 100) String place,
                              List<String> invitedRoles, List<String> invitedAgencies,
                              @Size(max = 500) String invitedOthers, @Size(max = 500) String note) {

    public PlanSessionForm {
        invitedRoles = invitedRoles == null ? List.of() : List.copyOf(invitedRoles);
        invitedAgencies = invitedAgencies == null ? List.of() : List.copyOf(invitedAgencies);
    }

    /** The end given, or the start plus the duration, or null. */
    public LocalDateTime end() {
        if (endsAt != null) {
            return endsAt;
        }
        return durationMinutes == null ? null : startsAt.plusMinutes(durationMinutes);
    }
}
