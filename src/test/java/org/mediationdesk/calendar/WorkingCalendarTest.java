package org.mediationdesk.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Counting working days over the official 2026 schedule, held by an in-memory mapper. */
class WorkingCalendarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final InMemoryCalendarMapper mapper = new InMemoryCalendarMapper();
    private final WorkingCalendar calendar = new WorkingCalendar(mapper, CLOCK);

    @BeforeEach
    void enterThe2026Schedule() {
        Schedule2026.enterInto(mapper);
    }

    @Test
    void yearsWithoutEnteredHolidaysAreThisYearOrTheNextWhenDeadlinesReachIt() {
        Clock lateNovember = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Clock earlyMarch = CLOCK;

        assertThat(new WorkingCalendar(mapper, lateNovember).yearsWithoutHolidays()).containsExactly(2027);
        assertThat(new WorkingCalendar(mapper, earlyMarch).yearsWithoutHolidays()).isEmpty();
        assertThat(new WorkingCalendar(new InMemoryCalendarMapper(), earlyMarch).yearsWithoutHolidays())
                .containsExactly(2026);
    }

    @Test
    void springFestivalWeekIsOffAndItsMakeUpSaturdaysAreWorked() {
        assertThat(calendar.isWorkingDay(date("2026-02-16"))).as("Monday in the holiday").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-02-23"))).as("last day off, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-02-14"))).as("make-up Saturday before").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-28"))).as("make-up Saturday after").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-24"))).as("first Tuesday back").isTrue();
    }

    @Test
    void fiveWorkingDaysAfterTheFridayBeforeSpringFestivalCountTheMakeUpSaturdayAndSkipTheHoliday() {
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 2)).isEqualTo(date("2026-02-24"));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 5)).isEqualTo(date("2026-02-27"));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 6)).isEqualTo(date("2026-02-28"));
    }

    @Test
    void workingDaysAfterSeptember30thSkipNationalDayWeekAndCountTheMakeUpSaturday() {
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 2)).isEqualTo(date("2026-10-09"));
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 3)).isEqualTo(date("2026-10-10"));
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 4)).isEqualTo(date("2026-10-12"));
    }

    @Test
    void makeUpSundayBeforeNationalDayIsAWorkingDayButTheMidAutumnFridayIsNot() {
        assertThat(calendar.addWorkingDays(date("2026-09-18"), 1)).isEqualTo(date("2026-09-20"));
        assertThat(calendar.addWorkingDays(date("2026-09-24"), 1)).isEqualTo(date("2026-09-28"));
    }

    @Test
    void plainWeekendsAreSkipped() {
        assertThat(calendar.addWorkingDays(date("2026-03-06"), 1)).as("Friday + 1").isEqualTo(date("2026-03-09"));
        assertThat(calendar.addWorkingDays(date("2026-03-07"), 1)).as("Saturday + 1").isEqualTo(date("2026-03-09"));
        assertThat(calendar.addWorkingDays(date("2026-03-02"), 10)).as("two weeks").isEqualTo(date("2026-03-16"));
    }

    @Test
    void yearWithoutAnyRowsCountsMondayToFriday() {
        assertThat(calendar.isWorkingDay(date("2027-01-01"))).as("nothing entered for 2027 yet").isTrue();
        assertThat(calendar.addWorkingDays(date("2027-03-05"), 1)).isEqualTo(date("2027-03-08"));
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 2)).as("across the new year").isEqualTo(date("2027-01-04"));
    }

    @Test
    void zeroDaysIsTheStartWhenItIsAWorkingDayElseTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2026-03-04"), 0)).as("a Wednesday").isEqualTo(date("2026-03-04"));
        assertThat(calendar.addWorkingDays(date("2026-03-07"), 0)).as("a Saturday").isEqualTo(date("2026-03-09"));
        assertThat(calendar.addWorkingDays(date("2026-02-15"), 0)).as("in Spring Festival").isEqualTo(date("2026-02-24"));
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 0)).as("a make-up Saturday").isEqualTo(date("2026-02-14"));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2026-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlineIsTheEndOfTheNthWorkingDayWhateverTheTimeOfDay() {
        assertThat(calendar.deadline(LocalDateTime.parse("2026-02-13T09:30:00"), 1))
                .isEqualTo(LocalDateTime.parse("2026-02-14T23:59:59"));
        assertThat(calendar.deadline(LocalDateTime.parse("2026-09-30T23:58:00"), 3))
                .isEqualTo(LocalDateTime.parse("2026-10-10T23:59:59"));
        assertThat(calendar.deadline(LocalDateTime.parse("2026-03-04T00:00:00"), 0))
                .isEqualTo(LocalDateTime.parse("2026-03-04T23:59:59"));
        assertThat(calendar.deadline(LocalDateTime.parse("2026-10-03T12:00:00"), 0))
                .isEqualTo(LocalDateTime.parse("2026-10-08T23:59:59"));
    }

    @Test
    void calendarDayPeriodDoesNotCountItsFirstDayAndRunsThroughWeekendsAndHolidays() {
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-03-02T16:00:00"), Period.ofDays(30)))
                .as("30 days from Monday 2 March end on Wednesday 1 April").isEqualTo(LocalDateTime.parse("2026-04-01T23:59:59"));
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-09-20T10:00:00"), Period.ofDays(7)))
                .as("a period across National Day keeps its length up to its last day").isEqualTo(LocalDateTime.parse("2026-09-28T23:59:59"));
    }

    @Test
    void calendarDayPeriodEndingOnADayOffEndsOnTheNextWorkingDay() {
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-03-06T09:00:00"), Period.ofDays(15)))
                .as("last day Saturday 21 March").isEqualTo(LocalDateTime.parse("2026-03-23T23:59:59"));
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-09-24T09:00:00"), Period.ofDays(7)))
                .as("last day 1 October, in the holiday; 10 October is a make-up Saturday but 8 October comes first")
                .isEqualTo(LocalDateTime.parse("2026-10-08T23:59:59"));
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-09-13T09:00:00"), Period.ofDays(7)))
                .as("last day Sunday 20 September is a make-up working day").isEqualTo(LocalDateTime.parse("2026-09-20T23:59:59"));
    }

    @Test
    void monthPeriodEndsOnTheSameDayOfTheMonthOrThatMonthsLastDay() {
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-03-16T09:00:00"), Period.ofMonths(1)))
                .isEqualTo(LocalDateTime.parse("2026-04-16T23:59:59"));
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-01-30T09:00:00"), Period.ofMonths(1)))
                .as("no 30 February: the month's last day, Saturday 28 February, is a make-up working day")
                .isEqualTo(LocalDateTime.parse("2026-02-28T23:59:59"));
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-08-31T09:00:00"), Period.ofMonths(1)))
                .as("30 September is a Wednesday").isEqualTo(LocalDateTime.parse("2026-09-30T23:59:59"));
        assertThat(calendar.periodEnd(LocalDateTime.parse("2026-12-31T09:00:00"), Period.ofMonths(2)))
                .as("28 February 2027 is a Sunday; 2027 has no rows here").isEqualTo(LocalDateTime.parse("2027-03-01T23:59:59"));
    }

    @Test
    void workingDaysBetweenCountsAfterTheFirstDayUpToAndIncludingTheLast() {
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-27"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-10"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(date("2026-03-06"), date("2026-03-08"))).as("a weekend").isZero();
        assertThat(calendar.workingDaysBetween(date("2026-03-04"), date("2026-03-04"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2026-02-27"), date("2026-02-13"))).as("backwards").isEqualTo(-5);
    }

    @Test
    void year2026Has248WorkingDays() {
        // 261 weekdays, 19 of them holidays, 6 make-up weekend days: 365 - 104 - 13 statutory days off.
        assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDays() {
        for (int days = 1; days <= 30; days++) {
            LocalDate start = date("2026-09-18");
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
        }
    }

    @Test
    void eachYearIsReadOnceAndThenServedFromMemory() {
        calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"));
        calendar.addWorkingDays(date("2026-02-13"), 5);
        calendar.addWorkingDays(date("2026-12-31"), 2);
        calendar.isWorkingDay(date("2027-01-01"));

        assertThat(mapper.reads).containsExactly(2026, 2027);
    }

    @Test
    void dayEnteredThroughTheCalendarTakesEffectAtOnce() {
        assertThat(calendar.isWorkingDay(date("2027-01-01"))).isTrue();

        calendar.save(date("2027-01-01"), DayKind.HOLIDAY, "元旦", "New Year's Day", "admin");

        assertThat(calendar.isWorkingDay(date("2027-01-01"))).isFalse();
        assertThat(mapper.rows.get(date("2027-01-01")).updatedAt()).isEqualTo(LocalDateTime.now(CLOCK));
    }

    @Test
    void deletedDayBecomesAnOrdinaryDayAtOnce() {
        assertThat(calendar.isWorkingDay(date("2026-10-10"))).isTrue();

        calendar.delete(date("2026-10-10"));

        assertThat(calendar.isWorkingDay(date("2026-10-10"))).as("an ordinary Saturday again").isFalse();
    }

    @Test
    void deletingADayWithoutARowIsNotFound() {
        assertThatThrownBy(() -> calendar.delete(date("2026-03-04"))).isInstanceOf(CalendarDayNotFoundException.class);
    }

    @Test
    void changeMadeOnAnotherNodeIsSeenAfterTheRefresh() {
        assertThat(calendar.isWorkingDay(date("2026-12-31"))).isTrue();
        mapper.save(new CalendarDay(date("2026-12-31"), DayKind.HOLIDAY, "测试", null, "elsewhere", LocalDateTime.now(CLOCK)));
        assertThat(calendar.isWorkingDay(date("2026-12-31"))).as("still the cached year").isTrue();

        calendar.refresh();

        assertThat(calendar.isWorkingDay(date("2026-12-31"))).isFalse();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
