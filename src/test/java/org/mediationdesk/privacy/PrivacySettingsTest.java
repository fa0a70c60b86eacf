package org.mediationdesk.privacy;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.CentreKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivacySettingsTest {

    @Test
    void aKindOfCentreWithoutItsOwnRetentionKeepsTheDefault() {
        var settings = new PrivacySettings(Period.ofYears(3), Period.ofYears(10),
                Map.of(CentreKind.POLICE_STATION, Period.ofYears(5)), Duration.ofHours(6));

        assertThat(settings.retentionOf(CentreKind.POLICE_STATION)).isEqualTo(Period.ofYears(5));
        assertThat(settings.retentionOf(CentreKind.INDUSTRY)).isEqualTo(Period.ofYears(10));
        assertThat(settings.retentionOf(null)).isEqualTo(Period.ofYears(10));
    }

    @Test
    void accessRecordsAreKeptAtLeastThreeYears() {
        assertThatThrownBy(() -> new PrivacySettings(Period.of(2, 11, 30), Period.ofYears(10), null, Duration.ofHours(6)))
                .hasMessageContaining("access-records-keep").hasMessageContaining("P3Y");
        assertThat(new PrivacySettings(Period.ofMonths(36), Period.ofYears(10), null, Duration.ofHours(6))
                .accessRecordsKeep()).isEqualTo(Period.ofMonths(36));
    }

    @Test
    void aRetentionMustBePositive() {
        assertThatThrownBy(() -> new PrivacySettings(Period.ofYears(3), Period.ZERO, null, Duration.ofHours(6)))
                .hasMessageContaining("retention");
        assertThatThrownBy(() -> new PrivacySettings(Period.ofYears(3), Period.ofYears(10),
                Map.of(CentreKind.VILLAGE, Period.ofDays(-1)), Duration.ofHours(6)))
                .hasMessageContaining("retention-by-centre-kind.VILLAGE");
    }
}
