package org.mediationdesk.routing;

/** Inserted once no exclusion rule applies to a mediator: they may take the case. */
public class EligibleMediator {

    private final MediatorFact mediator;

    public EligibleMediator(MediatorFact mediator) {
        this.mediator = mediator;
    }

    public MediatorFact getMediator() {
        return mediator;
    }

    public String getUsername() {
        return mediator.getUsername();
    }

    public int getOpenCases() {
        return mediator.getOpenCases();
    }

    public long getLastAssignedAt() {
        return mediator.getLastAssignedAt();
    }

    public boolean isChosenByParties() {
        return mediator.isChosenByParties();
    }

    public boolean isStandIn() {
        return mediator.isStandIn();
    }
}
