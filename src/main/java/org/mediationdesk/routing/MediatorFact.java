package org.mediationdesk.routing;

import java.util.Set;

/**
 * A mediator of the chosen centre as the assignment rules see them on the day: specialties,
 * leave, open cases against their cap, conflicts with this case's parties, whether the parties
 * chose them, and whether an absent colleague named them as stand-in.
 */
public class MediatorFact {

    private final String username;
    private final Set<String> specialties;
    private final boolean active;
    private final boolean onLeave;
    private final int openCases;
    private final int caseCap;
    private final boolean conflictWithAParty;
    private final boolean chosenByParties;
    private final boolean standIn;
    private final long lastAssignedAt;

    public MediatorFact(String username, Set<String> specialties, boolean active, boolean onLeave, int openCases,
                        int caseCap, boolean conflictWithAParty, boolean chosenByParties, boolean standIn,
                        long lastAssignedAt) {
        this.username = username;
        this.specialties = Set.copyOf(specialties);
        this.active = active;
        this.onLeave = onLeave;
        this.openCases = openCases;
        this.caseCap = caseCap;
        this.conflictWithAParty = conflictWithAParty;
        this.chosenByParties = chosenByParties;
        this.standIn = standIn;
        this.lastAssignedAt = lastAssignedAt;
    }

    public String getUsername() {
        return username;
    }

    public Set<String> getSpecialties() {
        return specialties;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isOnLeave() {
        return onLeave;
    }

    public int getOpenCases() {
        return openCases;
    }

    public int getCaseCap() {
        return caseCap;
    }

    public boolean isConflictWithAParty() {
        return conflictWithAParty;
    }

    public boolean isChosenByParties() {
        return chosenByParties;
    }

    public boolean isStandIn() {
        return standIn;
    }

    /** Epoch milliseconds of the last assignment; 0 for never. */
    public long getLastAssignedAt() {
        return lastAssignedAt;
    }

    @Override
    public String toString() {
        return username + "(open=" + openCases + "/" + caseCap + (onLeave ? ", leave" : "")
                + (conflictWithAParty ? ", conflict" : "") + ")";
    }
}
