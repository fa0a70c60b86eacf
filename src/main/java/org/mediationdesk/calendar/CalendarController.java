package org.mediationdesk.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.mediationdesk.cases.FieldProblem;
import org.mediationdesk.cases.InvalidRequestException;
import org.mediationdesk.security.AppUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** The special days of a year (this year if none is given), in date order. */
    @GetMapping
    List<CalendarDay> year(@RequestParam(required = false) @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year) {
        return calendar.specialDays(year != null ? year : LocalDate.now(clock).getYear());
    }

    @PutMapping("/{date}")
    CalendarDay save(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @Valid @RequestBody CalendarDayRequest request, @AuthenticationPrincipal AppUser user) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw invalid("date", "calendar.date.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (request.kind() == DayKind.WORKDAY && !isWeekend(date)) {
            throw invalid("kind", "calendar.workday.notWeekend", date);
        }
        String nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        return calendar.save(date, request.kind(), request.nameZh().strip(), nameEn, user.username());
    }

    @DeleteMapping("/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.delete(date);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private InvalidRequestException invalid(String field, String code, Object... args) {
        return new InvalidRequestException(List.of(new FieldProblem(field,
                messages.getMessage(code, args, LocaleContextHolder.getLocale()))));
    }
}
