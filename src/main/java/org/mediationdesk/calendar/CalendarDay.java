package org.mediationdesk.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A day that differs from the Monday-to-Friday week, with who entered it and when. */
public record CalendarDay(LocalDate date, DayKind kind, String nameZh, String nameEn, String updatedBy,
                          LocalDateTime updatedAt) {
}
