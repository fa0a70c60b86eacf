package org.mediationdesk.system;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application, so tests can move time. It runs in the business's time zone
 * ({@code mediationdesk.time-zone}, Asia/Shanghai unless configured), never the server's: business times,
 * deadlines, days and months are all read from it, and {@link Clock#getZone()} is the zone wherever a
 * business time meets an instant (the process engine's dates).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${mediationdesk.time-zone:Asia/Shanghai}") String zone) {
        try {
            return Clock.system(ZoneId.of(zone));
        } catch (DateTimeException e) {
            throw new IllegalStateException("mediationdesk.time-zone: " + e.getMessage(), e);
        }
    }

    /** {@code @PastOrPresent} and its kin read this clock too; by default they read the JVM's zone. */
    @Bean
    ValidationConfigurationCustomizer validationReadsTheBusinessClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
