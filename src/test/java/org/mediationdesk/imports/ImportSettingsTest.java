package org.mediationdesk.imports;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportSettingsTest {

    @Test
    void errorWorkbooksAreKeptTwoHoursUnlessConfiguredOtherwise() {
        assertThat(bind(Map.of()).errorWorkbookKeep()).isEqualTo(Duration.ofHours(2));
        assertThat(bind(Map.of("mediationdesk.imports.error-workbook-keep", "15m")).errorWorkbookKeep())
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aKeepOfZeroIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("mediationdesk.imports.error-workbook-keep", "PT0S")))
                .rootCause().hasMessageContaining("mediationdesk.imports.error-workbook-keep");
    }

    private static ImportSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mediationdesk.imports", ImportSettings.class);
    }
}
