package org.mediationdesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.Schedule2026;

import static org.assertj.core.api.Assertions.assertThat;

/** When stored limits end, on the 2026 holiday schedule: weekends, National Day, month ends. */
class CaseDeadlinesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final CaseDeadlines deadlines = new CaseDeadlines(Schedule2026.calendar(CLOCK));

    @Test
    void sameDayAcceptanceEndsTheCalendarDayItStartsEvenOnASaturday() {
        LocalDateTime saturdayEvening = LocalDateTime.parse("2026-09-19T18:40:00");

        assertThat(deadlines.acceptanceDue(row("0D", "1M", null, null), saturdayEvening))
                .isEqualTo(LocalDateTime.parse("2026-09-19T23:59:59"));
    }

    @Test
    void workingDayAcceptanceRegisteredOnSaturdayEndsOnMonday() {
        assertThat(deadlines.acceptanceDue(row("1WD", "1M", null, null), LocalDateTime.parse("2026-09-19T18:40:00")))
                .as("Sunday 20 September is a make-up working day").isEqualTo(LocalDateTime.parse("2026-09-20T23:59:59"));
        assertThat(deadlines.acceptanceDue(row("1WD", "1M", null, null), LocalDateTime.parse("2026-09-12T10:00:00")))
                .isEqualTo(LocalDateTime.parse("2026-09-14T23:59:59"));
    }

    @Test
    void monthOfMediationAcceptedAtAMonthEndEndsOnTheLastDayOfTheNextMonth() {
        assertThat(deadlines.mediationDue(row("1WD", "1M", null, null), LocalDateTime.parse("2026-08-31T15:00:00")))
                .isEqualTo(LocalDateTime.parse("2026-09-30T23:59:59"));
    }

    @Test
    void monthOfMediationEndingInNationalDayMovesToTheFirstWorkingDayAfter() {
        assertThat(deadlines.mediationDue(row("1WD", "1M", null, null), LocalDateTime.parse("2026-09-02T15:00:00")))
                .isEqualTo(LocalDateTime.parse("2026-10-08T23:59:59"));
    }

    @Test
    void workingDayCeilingEndsBeforeTheMonthWhenItIsShorter() {
        assertThat(deadlines.mediationDue(row("0D", "1M;10WD", null, null), LocalDateTime.parse("2026-09-07T09:00:00")))
                .as("ten working days from Monday 7 September, the tenth the make-up Sunday 20 September")
                .isEqualTo(LocalDateTime.parse("2026-09-20T23:59:59"));
    }

    @Test
    void monthEndsBeforeAWorkingDayCeilingThatRunsThroughNationalDay() {
        assertThat(deadlines.mediationDue(row("1WD", "1M;20WD", null, null), LocalDateTime.parse("2026-09-16T09:00:00")))
                .as("20 working days reach 21 October; the month ends 16 October")
                .isEqualTo(LocalDateTime.parse("2026-10-16T23:59:59"));
    }

    @Test
    void courtLimitRunsInCalendarDaysFromTheDayAfterTheFileWasSignedFor() {
        LocalDate signedFor = LocalDate.parse("2026-09-03");

        assertThat(deadlines.mediationDue(row("1WD", "1M", "7D", signedFor), LocalDateTime.parse("2026-09-04T09:00:00")))
                .as("seven days from Thursday 3 September end Thursday 10 September, not after seven working days")
                .isEqualTo(LocalDateTime.parse("2026-09-10T23:59:59"));
    }

    @Test
    void courtLimitEndingOnASundayMovesToMonday() {
        assertThat(deadlines.mediationDue(row("1WD", "1M", "15D", LocalDate.parse("2026-08-30")),
                LocalDateTime.parse("2026-08-31T09:00:00")))
                .as("last day Sunday 13 September").isEqualTo(LocalDateTime.parse("2026-09-14T23:59:59"));
    }

    @Test
    void courtLimitWithoutASigningDateRunsFromRegistration() {
        assertThat(deadlines.mediationDue(row("1WD", "1M", "30D", null), LocalDateTime.parse("2026-09-02T09:00:00")))
                .as("registered 1 September: thirty days end 1 October, in the holiday")
                .isEqualTo(LocalDateTime.parse("2026-10-08T23:59:59"));
    }

    @Test
    void casesDecidedBeforeTimeLimitsKeepTheirWorkingDaysAndUndecidedOnesGetTheOrdinaryLimits() {
        assertThat(deadlines.mediationDue(row("1WD", "30WD", null, null), LocalDateTime.parse("2026-09-01T09:00:00")))
                .as("thirty working days over Mid-Autumn, National Day and two make-up days")
                .isEqualTo(LocalDateTime.parse("2026-10-19T23:59:59"));
        assertThat(deadlines.acceptanceDue(row(null, null, null, null), LocalDateTime.parse("2026-09-04T09:00:00")))
                .isEqualTo(LocalDateTime.parse("2026-09-07T23:59:59"));
        assertThat(deadlines.mediationDue(row(null, null, null, null), LocalDateTime.parse("2026-09-04T09:00:00")))
                .isEqualTo(LocalDateTime.parse("2026-10-08T23:59:59"));
    }

    private static CaseMapper.CaseRow row(String acceptance, String mediation, String court, LocalDate courtFileReceivedOn) {
        return new CaseMapper.CaseRow(1L, "湖南调〔2026〕1号", "CONTRACT", null, "330503", "330503101", null, "买卖合同纠纷",
                LocalDate.parse("2026-08-20"), 2, null, CaseStatus.AWAITING_ACCEPTANCE, "NX-COUNTY", null, "clerk",
                LocalDateTime.parse("2026-09-01T10:00:00"), null, null, null, null, null, null, null, null, null, null,
                "LOW", null, acceptance, mediation, court, courtFileReceivedOn, null, null, null, null, null, 0, null);
    }
}
