package org.mediationdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The checks on a holiday or make-up working day an administrator enters, for the API and the page alike. */
@Component
class CalendarEdits {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private final WorkingCalendar calendar;
    private final MessageSource messages;

    CalendarEdits(WorkingCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    CalendarDay save(LocalDate date, CalendarDayRequest request, String username) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw invalid("date", "calendar.date.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        if (request.kind() == DayKind.WORKDAY && !isWeekend(date)) {
            throw invalid("kind", "calendar.workday.notWeekend", date);
        }
        String nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        return calendar.save(date, request.kind(), request.nameZh().strip(), nameEn, username);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private InvalidRequestException invalid(String field, String code, Object... args) {
        return new InvalidRequestException(List.of(new FieldProblem(field,
                messages.getMessage(code, args, LocaleContextHolder.getLocale()))));
    }
}
