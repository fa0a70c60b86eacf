package org.mediationdesk.rulesets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.stereotype.Component;

/**
 * Which past cases a user's simulations cover ({@code mediationdesk.rulesets.simulation-scope}): an
 * administrator's, every centre's; a rule author's, every centre's (ALL, the default) or, with
 * COUNTIES, the centres of the counties {@code simulation-counties} lists them under, and none
 * when it lists them nowhere. A county code that is no county stops the start.
 */
@Component
class SimulationScope {

    /** Whether rule authors simulate on every centre's cases or on their counties' only. */
    enum Mode { ALL, COUNTIES }

    private final Mode mode;
    private final Map<String, List<String>> authorsByCounty;
    private final ReferenceData referenceData;

    SimulationScope(DraftRunSettings settings, ReferenceData referenceData) {
        this.mode = settings.simulationScope();
        this.authorsByCounty = Map.copyOf(settings.simulationCounties());
        this.referenceData = referenceData;
        List<String> unknown = authorsByCounty.keySet().stream()
                .filter(code -> referenceData.county(code).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("mediationdesk.rulesets.simulation-counties: " + unknown
                    + " are no county codes (e.g. 330503 for 南浔区)");
        }
    }

    CaseScope of(AppUser user) {
        if (mode == Mode.ALL || user.has(Role.ADMIN)) {
            return CaseScope.EVERY_CENTRE;
        }
        Set<String> counties = new TreeSet<>();
        authorsByCounty.forEach((county, authors) -> {
            if (authors.contains(user.username())) {
                counties.add(county);
            }
        });
        Set<String> centres = referenceData.centres().stream()
                .filter(centre -> centre.countyCode() != null && counties.contains(centre.countyCode()))
                .map(Centre::code)
                .collect(Collectors.toSet());
        return new CaseScope(new ArrayList<>(counties), centres);
    }
}
