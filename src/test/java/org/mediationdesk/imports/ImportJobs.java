package org.mediationdesk.imports;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Following an import job over the API until it ends. */
final class ImportJobs {

    private ImportJobs() {
    }

    /** The job once it is DONE or INTERRUPTED (a few minutes at most: 500 rows take about 40 s on two cores). */
    static JsonNode finished(ApiClient client, String location) {
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = client.get(location);
            assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
            job[0] = response.getBody();
            return job[0].get("state").asText().matches("DONE|INTERRUPTED");
        });
        return job[0];
    }
}
