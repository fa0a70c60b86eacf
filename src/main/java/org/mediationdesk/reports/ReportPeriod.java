package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** A report period: whole days from {@code from} to {@code to}, both included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** Exclusive end: the start of the day after {@code to}. */
    LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /**
     * The moment "as of the period's end" figures describe: its end, or now for a period not yet over —
     * rounded up to the next whole second, because the MySQL driver sends times without fractions
     * (sendFractionalSeconds=false) and would otherwise leave out a case registered this very second.
     */
    LocalDateTime asOf(LocalDateTime now) {
        LocalDateTime upToThisSecond = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return upToThisSecond.isBefore(end()) ? upToThisSecond : end();
    }

    /** 本年累计: from the first of January of the period's last year to the period's end. */
    ReportPeriod yearToDate() {
        return new ReportPeriod(to.withDayOfYear(1), to);
    }

    /** 去年同期: the same days one year earlier (29 February becomes the 28th). */
    ReportPeriod sameLastYear() {
        return new ReportPeriod(from.minusYears(1), to.minusYears(1));
    }

    /**
     * 环比: the period just before, of the same kind: as many whole months for a period of whole months
     * (a month, a quarter, a year), otherwise as many days.
     */
    ReportPeriod previous() {
        if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate first = from.minusMonths(months);
            return new ReportPeriod(first, from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportPeriod(from.minusDays(days), from.minusDays(1));
    }

    @Override
    public String toString() {
        return from + " 至 " + to;
    }
}
