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
