package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft tried on the cases registered in a period against the published rules: how many cases
 * it would route, assign or deadline differently, and the changed cases themselves.
 *
 * @param counties     the counties whose centres' cases it ran on; absent (null) when it ran on every centre's
 * @param changedCases every case with any difference, in registration order
 */
public record SimulationReport(String draft, String current, LocalDate from, LocalDate to, List<String> counties,
                               int cases, int changed, int routedDifferently, int assignedDifferently,
                               int deadlinedDifferently, int riskDifferent, long elapsedMillis,
                               List<SimulatedCase> changedCases) {

    /** The same report with only the first {@code size} changed cases, for a page or an API answer. */
    SimulationReport sample(int size) {
        return new SimulationReport(draft, current, from, to, counties, cases, changed, routedDifferently,
                assignedDifferently, deadlinedDifferently, riskDifferent, elapsedMillis,
                changedCases.subList(0, Math.min(size, changedCases.size())));
    }
}
