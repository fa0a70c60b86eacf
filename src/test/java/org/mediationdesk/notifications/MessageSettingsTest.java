package org.mediationdesk.notifications;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSettingsTest {

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLimit() {
        MessageSettings settings = new MessageSettings(Duration.ofSeconds(15), 20, Duration.ofMinutes(5), 5,
                Duration.ofMinutes(1), Duration.ofMinutes(5), LocalTime.of(21, 0), LocalTime.of(8, 0), 5,
                Duration.ofHours(1), "email", Duration.ofDays(1), null, null);

        assertThat(settings.retryAfter(1)).hasMinutes(1);
        assertThat(settings.retryAfter(2)).hasMinutes(2);
        assertThat(settings.retryAfter(3)).hasMinutes(4);
        assertThat(settings.retryAfter(4)).hasMinutes(5);
    }
}
