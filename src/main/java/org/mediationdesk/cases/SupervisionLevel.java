package org.mediationdesk.cases;

/** Who supervises (督办): the case's own centre, its county centre, the city centre, or the administrators. */
public enum SupervisionLevel {
    CENTRE, COUNTY, CITY, ADMINISTRATION;

    /** The level an unanswered instruction is raised to, or null above the city. */
    SupervisionLevel above() {
        return this == ADMINISTRATION ? null : values()[ordinal() + 1];
    }
}
