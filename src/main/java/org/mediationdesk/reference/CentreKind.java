package org.mediationdesk.reference;

/** The levels of the one-stop mediation network. */
public enum CentreKind {
    COUNTY, TOWNSHIP, POLICE_STATION, INDUSTRY, VILLAGE
}
