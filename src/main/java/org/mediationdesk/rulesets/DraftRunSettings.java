package org.mediationdesk.rulesets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How drafts may run on past cases and on this node, from {@code mediationdesk.rulesets.*}.
 *
 * @param simulationScope    ALL: a rule author simulates on every centre's cases; COUNTIES: on the
 *                           counties {@code simulationCounties} lists them under, and on none if it lists them nowhere
 * @param simulationCounties county code → the rule authors (usernames) who simulate on its centres' cases
 * @param draftRuns          scenario runs and simulations of drafts running at once on this node, all
 *                           authors together; each author runs one at a time
 * @param simulationKeep     how long a finished simulation job and its report are kept
 * @param simulationStaleAfter a running job whose node has not reported progress for this long is failed
 *                           (its node stopped); it must exceed the longest a single case can take
 */
@ConfigurationProperties("mediationdesk.rulesets")
record DraftRunSettings(@DefaultValue("ALL") SimulationScope.Mode simulationScope,
                        @DefaultValue Map<String, List<String>> simulationCounties,
                        @DefaultValue("2") int draftRuns,
                        @DefaultValue("P1D") Duration simulationKeep,
                        @DefaultValue("PT5M") Duration simulationStaleAfter) {

    DraftRunSettings {
        if (draftRuns < 1) {
            throw new IllegalArgumentException("mediationdesk.rulesets.draft-runs must be at least 1");
        }
    }
}
