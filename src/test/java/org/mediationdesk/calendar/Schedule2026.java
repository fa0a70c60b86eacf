package org.mediationdesk.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The State Council's 2026 holiday schedule (国务院办公厅关于2026年部分节假日安排的通知), for tests of
 * anything counted on the working-day calendar without a database.
 */
public final class Schedule2026 {

    private Schedule2026() {
    }

    /** A working calendar holding the 2026 schedule in memory. */
    public static WorkingCalendar calendar(Clock clock) {
        InMemoryCalendarMapper mapper = new InMemoryCalendarMapper();
        enterInto(mapper);
        return new WorkingCalendar(mapper, clock);
    }

    static void enterInto(InMemoryCalendarMapper mapper) {
        holidays(mapper, "2026-01-01", "2026-01-03", "元旦");
        workday(mapper, "2026-01-04", "元旦调休上班");
        workday(mapper, "2026-02-14", "春节调休上班");
        holidays(mapper, "2026-02-15", "2026-02-23", "春节");
        workday(mapper, "2026-02-28", "春节调休上班");
        holidays(mapper, "2026-04-04", "2026-04-06", "清明节");
        holidays(mapper, "2026-05-01", "2026-05-05", "劳动节");
        workday(mapper, "2026-05-09", "劳动节调休上班");
        holidays(mapper, "2026-06-19", "2026-06-21", "端午节");
        holidays(mapper, "2026-09-25", "2026-09-27", "中秋节");
        workday(mapper, "2026-09-20", "国庆节调休上班");
        holidays(mapper, "2026-10-01", "2026-10-07", "国庆节");
        workday(mapper, "2026-10-10", "国庆节调休上班");
    }

    private static void holidays(InMemoryCalendarMapper mapper, String first, String last, String nameZh) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            mapper.save(new CalendarDay(day, DayKind.HOLIDAY, nameZh, null, "system", LocalDateTime.of(2025, 11, 20, 9, 0)));
        }
    }

    private static void workday(InMemoryCalendarMapper mapper, String day, String nameZh) {
        mapper.save(new CalendarDay(LocalDate.parse(day), DayKind.WORKDAY, nameZh, null, "system",
                LocalDateTime.of(2025, 11, 20, 9, 0)));
    }
}
