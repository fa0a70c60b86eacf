package org.mediationdesk.routing;

import java.util.Set;

/**
 * A case's running deadline as the escalation rules see it: how much of the time is used, how
 * many working days overdue, its risk, and the escalation actions already taken.
 */
public class DeadlineClock {

    private final String stage;
    private final double elapsedShare;
    private final int overdueWorkingDays;
    private final RiskLevel riskLevel;
    private final Set<RiskFlag> flags;
    private final boolean subCentre;
    private final Set<EscalationAction> actionsTaken;

    public DeadlineClock(String stage, double elapsedShare, int overdueWorkingDays, RiskLevel riskLevel,
                         Set<RiskFlag> flags, boolean subCentre, Set<EscalationAction> actionsTaken) {
        this.stage = stage;
        this.elapsedShare = elapsedShare;
        this.overdueWorkingDays = overdueWorkingDays;
        this.riskLevel = riskLevel;
        this.flags = Set.copyOf(flags);
        this.subCentre = subCentre;
        this.actionsTaken = Set.copyOf(actionsTaken);
    }

    public String getStage() {
        return stage;
    }

    public double getElapsedShare() {
        return elapsedShare;
    }

    public int getOverdueWorkingDays() {
        return overdueWorkingDays;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public Set<RiskFlag> getFlags() {
        return flags;
    }

    /** True when the case is at a township, police-station, industry or village centre, not the county's. */
    public boolean isSubCentre() {
        return subCentre;
    }

    public boolean taken(EscalationAction action) {
        return actionsTaken.contains(action);
    }

    @Override
    public String toString() {
        return stage + " " + Math.round(elapsedShare * 100) + "% overdue=" + overdueWorkingDays + "wd risk=" + riskLevel
                + " " + flags + " taken=" + actionsTaken;
    }
}
