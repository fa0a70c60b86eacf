package org.mediationdesk.rulesets;

import java.util.List;
import java.util.Set;

/**
 * The past cases a simulation runs on: every centre's, or those of the centres of some counties
 * (a case belongs to the centre it is at).
 *
 * @param counties the county codes, or null for every centre
 * @param centres  the centres of those counties, or null for every centre
 */
record CaseScope(List<String> counties, Set<String> centres) {

    static final CaseScope EVERY_CENTRE = new CaseScope(null, null);

    CaseScope {
        counties = counties == null ? null : List.copyOf(counties);
        centres = centres == null ? null : Set.copyOf(centres);
    }

    boolean everyCentre() {
        return centres == null;
    }
}
