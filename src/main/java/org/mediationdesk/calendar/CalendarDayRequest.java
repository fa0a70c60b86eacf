package org.mediationdesk.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A holiday or make-up working day as an administrator enters it; the date is in the path. */
record CalendarDayRequest(@NotNull DayKind kind,
                          @NotBlank @Size(max = 32) String nameZh,
                          @Size(max = 64) String nameEn) {
}
