package org.mediationdesk.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk import settings, from {@code mediationdesk.imports.*}.
 *
 * @param errorWorkbookKeep how long an upload's error workbook may be downloaded; it holds whole rows with
 *                          ID numbers, so keep it as short as correcting an upload needs
 */
@ConfigurationProperties("mediationdesk.imports")
record ImportSettings(@DefaultValue("PT2H") Duration errorWorkbookKeep) {

    ImportSettings {
        if (errorWorkbookKeep.isNegative() || errorWorkbookKeep.isZero()) {
            throw new IllegalArgumentException("mediationdesk.imports.error-workbook-keep must be positive");
        }
    }
}
