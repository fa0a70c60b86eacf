package org.mediationdesk.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the statistics workbook, from {@code mediationdesk.reports.*}.
 *
 * @param concurrentExports workbooks written at once on this node; each holds a database connection and a
 *                          cursor for as long as its case list streams (minutes for a county's year), so one
 *                          more is refused at once (429) rather than queued
 */
@ConfigurationProperties("mediationdesk.reports")
record ReportSettings(@DefaultValue("2") int concurrentExports) {

    ReportSettings {
        if (concurrentExports < 1) {
            throw new IllegalArgumentException("mediationdesk.reports.concurrent-exports must be at least 1");
        }
    }
}
