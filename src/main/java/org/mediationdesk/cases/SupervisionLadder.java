package org.mediationdesk.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.springframework.stereotype.Component;

/**
 * Who supervises at a level: the managers of the case's centre, of its county centre, of the city centre,
 * or else the administrators. A level whose centre has no enabled manager is passed over, so a 督办 task
 * never waits in a group nobody is in.
 */
@Component
class SupervisionLadder {

    private final ReferenceData referenceData;
    private final UserMapper users;

    SupervisionLadder(ReferenceData referenceData, UserMapper users) {
        this.referenceData = referenceData;
        this.users = users;
    }

    /**
     * The first level from {@code start} up that has a manager, for a case of {@code caseCentre}.
     *
     * @param below the centre that supervised the round being raised (it is not asked again), or null
     */
    Supervisors from(SupervisionLevel start, String caseCentre, String below) {
        List<String> withoutManagers = new ArrayList<>();
        String previous = below;
        for (SupervisionLevel level = start; level != SupervisionLevel.ADMINISTRATION; level = level.above()) {
            Optional<Centre> centre = centreAt(level, caseCentre);
            if (centre.isEmpty() || centre.get().code().equals(previous)) {
                continue;
            }
            String code = centre.get().code();
            if (users.countEnabledWithRole(code, Role.MANAGER) > 0) {
                return new Supervisors(level, code, withoutManagers);
            }
            withoutManagers.add(code);
            previous = code;
        }
        return new Supervisors(SupervisionLevel.ADMINISTRATION, null, withoutManagers);
    }

    private Optional<Centre> centreAt(SupervisionLevel level, String caseCentre) {
        Optional<Centre> own = referenceData.centre(caseCentre);
        return switch (level) {
            case CENTRE -> own;
            case COUNTY -> own.map(centre -> referenceData.countyCentre(centre.countyCode()));
            case CITY -> own.flatMap(centre -> referenceData.cityCentre(centre.countyCode()));
            case ADMINISTRATION -> Optional.empty();
        };
    }

    /**
     * @param centreCode      whose managers supervise, or null for the administrators
     * @param withoutManagers the centres passed over on the way up because nobody manages them
     */
    record Supervisors(SupervisionLevel level, String centreCode, List<String> withoutManagers) {

        /** The candidate group of the round's superviseCase task. */
        String group() {
            return centreCode == null ? ProcessVariables.ADMINISTRATORS : ProcessVariables.managersOf(centreCode);
        }
    }
}
