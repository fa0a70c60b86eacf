package org.mediationdesk.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Working days: Monday to Friday, except a {@link DayKind#HOLIDAY} row makes any day a day off and a
 * {@link DayKind#WORKDAY} row makes a weekend day a make-up working day (调休上班). Periods are counted
 * as the Civil Code counts them (民法典 第二百零一条): the starting day is not counted, and a period
 * ends on a working day.
 *
 * <p>The rows of each year are held in memory, loaded on first use. A change through the API reloads
 * that year on this node at once; other nodes pick it up after {@code mediationdesk.calendar.refresh}
 * (default {@code PT5M}), when every year held is reloaded, or on restart. Thread-safe: each year is an
 * immutable map, and reloads are serialised so an older read never replaces a newer one.
 */
@Service
public class WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final int DEADLINE_REACH_MONTHS = 3;

    private final CalendarMapper mapper;
    private final Clock clock;
    private final Map<Integer, Map<LocalDate, DayKind>> years = new ConcurrentHashMap<>();
    private final Object reloadLock = new Object();

    WorkingCalendar(CalendarMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = year(day.getYear()).get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code days}th working day after {@code start}, which is not counted; for 0, {@code start}
     * itself if it is a working day, else the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + days);
        }
        LocalDate day = start;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The end (23:59:59) of the {@code workingDays}th working day after the day of {@code from}. */
    public LocalDateTime deadline(LocalDateTime from, int workingDays) {
        return addWorkingDays(from.toLocalDate(), workingDays).atTime(END_OF_DAY);
    }

    /**
     * The end (23:59:59) of a period in calendar days or months as procedural law counts it (民事诉讼法
     * 第八十五条, 民法典 第二百零一至二百零三条): the starting day is not counted; a month ends on the same
     * day of the month it reaches, or that month's last day; a period whose last day is a weekend or
     * public holiday ends on the next working day.
     */
    public LocalDateTime periodEnd(LocalDateTime from, Period period) {
        return addWorkingDays(from.toLocalDate().plus(period), 0).atTime(END_OF_DAY);
    }

    /**
     * The working days after {@code fromExclusive} up to and including {@code toInclusive}; negative
     * when {@code toInclusive} comes first, so that it is minus the count the other way round.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * This year and the year deadlines set today can reach (the longest, mediation with its extension, runs
     * about three months) when no public holiday of theirs has been entered: counted Monday to Friday, their
     * deadlines come out too early.
     */
    public List<Integer> yearsWithoutHolidays() {
        LocalDate today = LocalDate.now(clock);
        return Stream.of(today.getYear(), today.plusMonths(DEADLINE_REACH_MONTHS).getYear()).distinct()
                .filter(year -> !year(year).containsValue(DayKind.HOLIDAY))
                .toList();
    }

    /** The stored rows of one year, read from the database. */
    List<CalendarDay> specialDays(int year) {
        return mapper.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    CalendarDay save(LocalDate date, DayKind kind, String nameZh, String nameEn, String updatedBy) {
        CalendarDay day = new CalendarDay(date, kind, nameZh, nameEn, updatedBy, LocalDateTime.now(clock));
        mapper.save(day);
        reload(date.getYear());
        return day;
    }

    void delete(LocalDate date) {
        if (mapper.delete(date) == 0) {
            throw new CalendarDayNotFoundException(date);
        }
        reload(date.getYear());
    }

    /** Reloads every year held, to pick up changes made on other nodes. */
    @Scheduled(fixedDelayString = "${mediationdesk.calendar.refresh:PT5M}")
    void refresh() {
        years.keySet().forEach(this::reload);
    }

    private Map<LocalDate, DayKind> year(int year) {
        Map<LocalDate, DayKind> days = years.get(year);
        if (days != null) {
            return days;
        }
        days = reload(year);
        if (days.isEmpty() && year >= LocalDate.now(clock).getYear()) {
            log.warn("No holidays entered for {}: counting Monday to Friday as working days until an "
                    + "administrator enters the State Council's schedule (PUT /api/calendar/{date})", year);
        }
        return days;
    }

    private Map<LocalDate, DayKind> reload(int year) {
        synchronized (reloadLock) {
            Map<LocalDate, DayKind> days = specialDays(year).stream()
                    .collect(Collectors.toUnmodifiableMap(CalendarDay::date, CalendarDay::kind));
            years.put(year, days);
            return days;
        }
    }
}
