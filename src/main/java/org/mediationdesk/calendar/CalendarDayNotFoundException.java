package org.mediationdesk.calendar;

import java.time.LocalDate;

import org.mediationdesk.system.NotFoundException;

/** The calendar has no row for this day. */
public class CalendarDayNotFoundException extends NotFoundException {

    public CalendarDayNotFoundException(LocalDate day) {
        super("calendar.day.notFound", "No calendar row for " + day);
    }
}
