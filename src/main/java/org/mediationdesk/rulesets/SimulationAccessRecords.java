package org.mediationdesk.rulesets;

import java.time.LocalDate;

import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.springframework.stereotype.Component;

/** A simulation over past cases as an access record: which version, which period, which centres, how many cases. */
@Component
class SimulationAccessRecords {

    private final AccessRecords records;

    SimulationAccessRecords(AccessRecords records) {
        this.records = records;
    }

    void ran(AppUser user, long versionId, LocalDate from, LocalDate to, CaseScope scope, int cases) {
        records.onCases(user, AccessAction.SIMULATION, "rule set version " + versionId + "; period=" + from + "/" + to
                + "; counties=" + (scope.everyCentre() ? "all" : String.join(",", scope.counties())), cases, null);
    }
}
