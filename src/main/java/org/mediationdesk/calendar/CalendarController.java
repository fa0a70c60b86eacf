package org.mediationdesk.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mediationdesk.security.AppUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Holidays and make-up working days: anyone signed in reads them, administrators change them. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final WorkingCalendar calendar;
    private final CalendarEdits edits;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, CalendarEdits edits, Clock clock) {
        this.calendar = calendar;
        this.edits = edits;
        this.clock = clock;
    }

    /** The special days of a year (this year if none is given), in date order. */
    @GetMapping
    List<CalendarDay> year(@RequestParam(required = false) @Min(CalendarEdits.FIRST_YEAR) @Max(CalendarEdits.LAST_YEAR)
                           Integer year) {
        return calendar.specialDays(year != null ? year : LocalDate.now(clock).getYear());
    }

    @PutMapping("/{date}")
    CalendarDay save(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @Valid @RequestBody CalendarDayRequest request, @AuthenticationPrincipal AppUser user) {
        return edits.save(date, request, user.username());
    }

    @DeleteMapping("/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.delete(date);
    }
}
