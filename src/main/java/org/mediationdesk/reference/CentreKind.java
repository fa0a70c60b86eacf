package org.mediationdesk.reference;

/**
 * The levels of the one-stop mediation network. A CITY centre takes no cases: its managers supervise
 * (督办) the counties' cases when a county's own supervision gets no answer.
 */
public enum CentreKind {
    CITY, COUNTY, TOWNSHIP, POLICE_STATION, INDUSTRY, VILLAGE
}
