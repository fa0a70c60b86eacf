package org.mediationdesk.reports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodKindTest {

    private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

    @Test
    void monthQuarterAndYearAreThoseContainingTheDay() {
        assertThat(PeriodKind.MONTH.period(NOV_15, null, null))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(PeriodKind.QUARTER.period(NOV_15, null, null))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(PeriodKind.QUARTER.period(LocalDate.of(2028, 2, 29), null, null))
                .isEqualTo(new ReportPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31)));
        assertThat(PeriodKind.YEAR.period(NOV_15, null, null))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void customPeriodNeedsBothDays() {
        LocalDate from = LocalDate.of(2026, 3, 5);
        assertThat(PeriodKind.CUSTOM.period(NOV_15, from, NOV_15)).isEqualTo(new ReportPeriod(from, NOV_15));
        assertThat(PeriodKind.CUSTOM.period(NOV_15, from, null)).isNull();
        assertThat(PeriodKind.CUSTOM.period(NOV_15, null, NOV_15)).isNull();
    }
}
