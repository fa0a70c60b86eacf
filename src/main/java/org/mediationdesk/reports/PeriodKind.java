package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How a manager picks a report period: the month, quarter or year containing a day, or two dates. */
public enum PeriodKind {
    MONTH, QUARTER, YEAR, CUSTOM;

    /**
     * @param on   a day of the wanted month, quarter or year (ignored for CUSTOM)
     * @param from first day of a CUSTOM period
     * @param to   last day of a CUSTOM period
     * @return the period, or null for a CUSTOM period missing a date
     */
    public ReportPeriod period(LocalDate on, LocalDate from, LocalDate to) {
        return switch (this) {
            case MONTH -> new ReportPeriod(on.withDayOfMonth(1), on.withDayOfMonth(on.lengthOfMonth()));
            case QUARTER -> {
                LocalDate first = on.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new ReportPeriod(first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new ReportPeriod(on.withDayOfYear(1), on.withDayOfYear(on.lengthOfYear()));
            case CUSTOM -> from == null || to == null ? null : new ReportPeriod(from, to);
        };
    }
}
