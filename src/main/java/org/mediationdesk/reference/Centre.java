package org.mediationdesk.reference;

import java.util.HashSet;
import java.util.Set;

/**
 * A mediation centre. {@code regionCode} is the county for a county centre and the township
 * otherwise; {@code serviceArea} lists further townships an industry or police centre covers.
 */
public record Centre(String code, CentreKind kind, String nameZh, String nameEn, String regionCode,
                     String countyCode, String parentCode, String industry, Set<String> serviceArea) {

    /** The centre's own township and any further townships it covers. */
    public Set<String> servedTownships() {
        Set<String> townships = new HashSet<>(serviceArea);
        townships.add(regionCode);
        return Set.copyOf(townships);
    }
}
