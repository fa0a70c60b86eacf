package org.mediationdesk.reference;

import java.util.Set;

/**
 * A mediation centre. {@code regionCode} is the county for a county centre and the township
 * otherwise; {@code serviceArea} lists further townships an industry or police centre covers.
 */
public record Centre(String code, CentreKind kind, String nameZh, String nameEn, String regionCode,
                     String countyCode, String parentCode, String industry, Set<String> serviceArea) {

    public boolean serves(String townshipCode) {
        return regionCode.equals(townshipCode) || serviceArea.contains(townshipCode);
    }
}
