package org.mediationdesk.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The mapper over a sorted map; records which years were read. */
final class InMemoryCalendarMapper implements CalendarMapper {

    final Map<LocalDate, CalendarDay> rows = new TreeMap<>();
    final List<Integer> reads = new ArrayList<>();

    @Override
    public List<CalendarDay> findBetween(LocalDate first, LocalDate last) {
        reads.add(first.getYear());
        return rows.values().stream().filter(day -> !day.date().isBefore(first) && !day.date().isAfter(last)).toList();
    }

    @Override
    public void save(CalendarDay day) {
        rows.put(day.date(), day);
    }

    @Override
    public int delete(LocalDate date) {
        return rows.remove(date) == null ? 0 : 1;
    }
}
