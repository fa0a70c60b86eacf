package org.mediationdesk.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.routing.TimeLimit;
import org.springframework.stereotype.Component;

/** When a case's time limits (set by rules/deadlines.drl, stored as codes) end. */
@Component
class CaseDeadlines {

    /** For a case triaged by hand after the rules failed: the limits the ordinary rules give. */
    static final TimeLimit DEFAULT_ACCEPTANCE = new TimeLimit(1, TimeLimit.Unit.WORKING_DAYS);
    static final TimeLimit DEFAULT_MEDIATION = new TimeLimit(1, TimeLimit.Unit.MONTHS);

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingCalendar calendar;

    CaseDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDateTime acceptanceDue(CaseMapper.CaseRow row, LocalDateTime from) {
        return end(from, row.acceptanceLimit() == null ? DEFAULT_ACCEPTANCE : TimeLimit.parse(row.acceptanceLimit()));
    }

    /**
     * The earliest end of the mediation period and its ceilings counted from {@code acceptedAt}, and of
     * the court's limit counted from the day the centre signed for the court's file.
     */
    LocalDateTime mediationDue(CaseMapper.CaseRow row, LocalDateTime acceptedAt) {
        Stream<LocalDateTime> fromAcceptance = row.mediationLimit() == null
                ? Stream.of(end(acceptedAt, DEFAULT_MEDIATION))
                : Arrays.stream(row.mediationLimit().split(";")).map(code -> end(acceptedAt, TimeLimit.parse(code)));
        Stream<LocalDateTime> fromCourt = row.courtLimit() == null ? Stream.empty()
                : Stream.of(end(courtFileReceived(row).atStartOfDay(), TimeLimit.parse(row.courtLimit())));
        return Stream.concat(fromAcceptance, fromCourt).min(Comparator.naturalOrder()).orElseThrow();
    }

    LocalDateTime end(LocalDateTime from, TimeLimit limit) {
        return switch (limit.unit()) {
            case HOURS -> from.plusHours(limit.amount());
            case WORKING_DAYS -> calendar.deadline(from, limit.amount());
            case CALENDAR_DAYS -> limit.sameDay() ? from.toLocalDate().atTime(END_OF_DAY)
                    : calendar.periodEnd(from, Period.ofDays(limit.amount()));
            case MONTHS -> calendar.periodEnd(from, Period.ofMonths(limit.amount()));
        };
    }

    /** The day the centre signed for the court's file, or the registration day when it was not given. */
    static LocalDate courtFileReceived(CaseMapper.CaseRow row) {
        return row.courtFileReceivedOn() == null ? row.registeredAt().toLocalDate() : row.courtFileReceivedOn();
    }
}
