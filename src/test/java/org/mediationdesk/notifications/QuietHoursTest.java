package org.mediationdesk.notifications;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private final QuietHours nights = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void textDueInTheEveningWaitsUntilEightTheNextMorning() {
        assertThat(nights.allowedFrom(LocalDateTime.of(2027, 3, 4, 21, 0))).isEqualTo(LocalDateTime.of(2027, 3, 5, 8, 0));
        assertThat(nights.allowedFrom(LocalDateTime.of(2027, 3, 4, 23, 59))).isEqualTo(LocalDateTime.of(2027, 3, 5, 8, 0));
    }

    @Test
    void textDueBeforeEightWaitsUntilEightTheSameMorning() {
        assertThat(nights.allowedFrom(LocalDateTime.of(2027, 3, 5, 0, 30))).isEqualTo(LocalDateTime.of(2027, 3, 5, 8, 0));
        assertThat(nights.allowedFrom(LocalDateTime.of(2027, 3, 5, 7, 59))).isEqualTo(LocalDateTime.of(2027, 3, 5, 8, 0));
    }

    @Test
    void textDueInTheDayGoesAtOnce() {
        assertThat(nights.allowedFrom(LocalDateTime.of(2027, 3, 5, 8, 0))).isEqualTo(LocalDateTime.of(2027, 3, 5, 8, 0));
        assertThat(nights.allowedFrom(LocalDateTime.of(2027, 3, 5, 20, 59))).isEqualTo(LocalDateTime.of(2027, 3, 5, 20, 59));
    }

    @Test
    void equalTimesMeanNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

        assertThat(none.allowedFrom(LocalDateTime.of(2027, 3, 5, 23, 0))).isEqualTo(LocalDateTime.of(2027, 3, 5, 23, 0));
        assertThat(none.allowedFrom(LocalDateTime.of(2027, 3, 5, 3, 0))).isEqualTo(LocalDateTime.of(2027, 3, 5, 3, 0));
    }
}
