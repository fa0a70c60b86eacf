package org.mediationdesk.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Which centres' cases a user may see. An administrator sees all; a manager or intake clerk at a
 * county centre sees every centre of that county; everyone else sees their own centre only.
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
        if (user.centreCode() == null) {
            return Set.of();
        }
        Centre own = referenceData.centre(user.centreCode()).orElse(null);
        if (own == null) {
            return Set.of();
        }
        boolean countyWide = own.kind() == CentreKind.COUNTY && (user.has(Role.MANAGER) || user.has(Role.INTAKE));
        if (!countyWide) {
            return Set.of(own.code());
        }
        return referenceData.centres().stream()
                .filter(centre -> centre.countyCode().equals(own.countyCode()))
                .map(Centre::code)
                .collect(Collectors.toUnmodifiableSet());
    }
}
