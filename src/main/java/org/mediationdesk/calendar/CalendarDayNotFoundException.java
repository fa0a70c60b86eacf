package org.mediationdesk.calendar;

import java.time.LocalDate;

/** The calendar has no row for this day. */
public class CalendarDayNotFoundException extends RuntimeException {

    public CalendarDayNotFoundException(LocalDate day) {
        super("No calendar row for " + day);
    }
}
