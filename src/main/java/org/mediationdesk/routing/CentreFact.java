package org.mediationdesk.routing;

import java.util.Set;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;

/** A centre as the rules see it. */
public class CentreFact {

    private final Centre centre;

    CentreFact(Centre centre) {
        this.centre = centre;
    }

    public Centre centre() {
        return centre;
    }

    public String getCode() {
        return centre.code();
    }

    public CentreKind getKind() {
        return centre.kind();
    }

    public String getCountyCode() {
        return centre.countyCode();
    }

    public String getRegionCode() {
        return centre.regionCode();
    }

    public String getIndustry() {
        return centre.industry();
    }

    public Set<String> getServedTownships() {
        return centre.servedTownships();
    }
}
