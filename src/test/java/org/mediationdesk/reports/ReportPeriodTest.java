package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodTest {

    private static ReportPeriod period(String from, String to) {
        return new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void periodBeforeAMonthIsThePreviousWholeMonth() {
        assertThat(period("2026-03-01", "2026-03-31").previous()).isEqualTo(period("2026-02-01", "2026-02-28"));
    }

    @Test
    void periodBeforeAQuarterIsThePreviousQuarter() {
        assertThat(period("2026-01-01", "2026-03-31").previous()).isEqualTo(period("2025-10-01", "2025-12-31"));
    }

    @Test
    void periodBeforeACustomRangeIsAsManyDaysEarlier() {
        assertThat(period("2026-03-10", "2026-03-19").previous()).isEqualTo(period("2026-02-28", "2026-03-09"));
    }

    @Test
    void yearToDateStartsOnTheFirstOfJanuaryAndSameLastYearShiftsByAYear() {
        ReportPeriod march = period("2026-03-01", "2026-03-31");

        assertThat(march.yearToDate()).isEqualTo(period("2026-01-01", "2026-03-31"));
        assertThat(period("2024-02-01", "2024-02-29").sameLastYear()).isEqualTo(period("2023-02-01", "2023-02-28"));
    }

    @Test
    void figuresOfAPeriodNotYetOverAreAsOfNow() {
        ReportPeriod march = period("2026-03-01", "2026-03-31");

        assertThat(march.asOf(LocalDateTime.parse("2026-03-15T10:00:00.250"))).isEqualTo("2026-03-15T10:00:01");
        assertThat(march.asOf(LocalDateTime.parse("2026-05-01T10:00"))).isEqualTo("2026-04-01T00:00");
    }
}
