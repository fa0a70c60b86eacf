package org.mediationdesk.calendar;

/** What a calendar row makes of its day: a day off (放假), or a make-up working day on a weekend (调休上班). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
