package org.mediationdesk.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Which centres' cases a user may see. An administrator sees all; a manager at a city centre sees every
 * centre of the city; a manager or intake clerk at a county centre sees every centre of that county;
 * everyone else who works cases at a centre sees their own centre only. Partners (agency staff, grid workers,
 * police contacts) see no centre's cases: each sees only the cases that concern them ({@code cases.CaseAccess}).
 */
@Component
public class CentreScope {

    private final ReferenceData referenceData;

    CentreScope(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public boolean canSee(AppUser user, String centreCode) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return centreCode != null && visibleCentres(user).contains(centreCode);
    }

    public Set<String> visibleCentres(AppUser user) {
        if (user.has(Role.ADMIN)) {
            return referenceData.centres().stream().map(Centre::code).collect(Collectors.toUnmodifiableSet());
        }
        if (user.centreCode() == null || !worksCases(user)) {
            return Set.of();
        }
        Centre own = referenceData.centre(user.centreCode()).orElse(null);
        if (own == null) {
            return Set.of();
        }
        if (own.kind() == CentreKind.CITY && user.has(Role.MANAGER)) {
            return referenceData.centres().stream()
                    .filter(centre -> centre.code().equals(own.code()) || inCity(centre, own.regionCode()))
                    .map(Centre::code)
                    .collect(Collectors.toUnmodifiableSet());
        }
        boolean countyWide = own.kind() == CentreKind.COUNTY && (user.has(Role.MANAGER) || user.has(Role.INTAKE));
        if (!countyWide) {
            return Set.of(own.code());
        }
        return referenceData.centres().stream()
                .filter(centre -> own.countyCode().equals(centre.countyCode()))
                .map(Centre::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The centres whose task queues the user works: those they see, except at a city centre, whose managers
     * supervise the counties' cases but work only the supervision handed to the city.
     */
    public Set<String> queueCentres(AppUser user) {
        boolean cityManager = user.centreCode() != null && referenceData.centre(user.centreCode())
                .map(centre -> centre.kind() == CentreKind.CITY).orElse(false);
        return cityManager ? Set.of(user.centreCode()) : visibleCentres(user);
    }

    private static boolean worksCases(AppUser user) {
        return user.has(Role.INTAKE) || user.has(Role.MEDIATOR) || user.has(Role.MANAGER);
    }

    private boolean inCity(Centre centre, String cityCode) {
        return centre.countyCode() != null && referenceData.region(centre.countyCode())
                .map(county -> cityCode.equals(county.parentCode())).orElse(false);
    }
}
