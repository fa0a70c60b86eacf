package org.mediationdesk.routing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The result fact of the joint-mediation rules: agencies that must join the mediation. */
public class AgencyDecision {

    private final Set<String> agencies = new LinkedHashSet<>();

    public void require(String agencyCode) {
        agencies.add(agencyCode);
    }

    public List<String> agencies() {
        return List.copyOf(agencies);
    }

    @Override
    public String toString() {
        return String.join(",", agencies);
    }
}
