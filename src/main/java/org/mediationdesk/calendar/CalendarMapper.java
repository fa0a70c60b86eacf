package org.mediationdesk.calendar;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

    List<CalendarDay> findBetween(@Param("first") LocalDate first, @Param("last") LocalDate last);

    /** Inserts the day, or replaces the row already there. */
    void save(CalendarDay day);

    int delete(@Param("date") LocalDate date);
}
