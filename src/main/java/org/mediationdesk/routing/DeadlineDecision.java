package org.mediationdesk.routing;

/** The result fact of the deadline rules: working days to accept and to conclude mediation. */
public class DeadlineDecision {

    private Integer acceptanceWorkingDays;
    private Integer mediationWorkingDays;

    public void acceptWithin(int workingDays) {
        acceptanceWorkingDays = workingDays;
    }

    public void mediateWithin(int workingDays) {
        mediationWorkingDays = workingDays;
    }

    /** A ceiling such as a court's limit: the shorter of it and the deadline already set applies. */
    public void capMediationAt(int workingDays) {
        if (mediationWorkingDays == null || workingDays < mediationWorkingDays) {
            mediationWorkingDays = workingDays;
        }
    }

    public Integer acceptanceWorkingDays() {
        return acceptanceWorkingDays;
    }

    public Integer mediationWorkingDays() {
        return mediationWorkingDays;
    }

    @Override
    public String toString() {
        return "acceptance=" + acceptanceWorkingDays + "wd, mediation=" + mediationWorkingDays + "wd";
    }
}
