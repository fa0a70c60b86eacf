package org.mediationdesk.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk import settings, from {@code mediationdesk.imports.*}.
 *
 * @param errorWorkbookKeep how long an upload's error workbook may be downloaded; it holds whole rows with
 *                          ID numbers, so keep it as short as correcting an upload needs
 * @param workers           import jobs one node runs at once
 * @param staleAfter        a running job whose node has written nothing for this long is taken over by
 *                          another node (its node stopped); far longer than one row takes
 * @param maxAttempts       how many nodes may take a job on before it ends INTERRUPTED
 * @param jobKeep           how long a finished job is listed
 */
@ConfigurationProperties("mediationdesk.imports")
record ImportSettings(@DefaultValue("PT2H") Duration errorWorkbookKeep, @DefaultValue("1") int workers,
                      @DefaultValue("PT1M") Duration staleAfter, @DefaultValue("3") int maxAttempts,
                      @DefaultValue("P1D") Duration jobKeep) {

    ImportSettings {
        positive("error-workbook-keep", errorWorkbookKeep);
        positive("stale-after", staleAfter);
        positive("job-keep", jobKeep);
        if (workers < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("mediationdesk.imports.workers and max-attempts must be at least 1");
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("mediationdesk.imports." + name + " must be positive");
        }
    }
}
