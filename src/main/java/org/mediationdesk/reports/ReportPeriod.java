package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A report period: whole days from {@code from} to {@code to}, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** Exclusive end: the start of the day after {@code to}. */
    LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    @Override
    public String toString() {
        return from + " 至 " + to;
    }
}
