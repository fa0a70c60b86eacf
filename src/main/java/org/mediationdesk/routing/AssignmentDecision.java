package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.List;

/** The result fact of the assignment rules: the mediator, or none (the centre queue) and why not each one. */
public class AssignmentDecision {

    private String mediator;
    private final List<String> exclusions = new ArrayList<>();

    public void assign(EligibleMediator eligible) {
        mediator = eligible.getUsername();
    }

    public void exclude(MediatorExcluded excluded) {
        exclusions.add(excluded.username() + "：" + excluded.reason());
    }

    public String mediator() {
        return mediator;
    }

    public List<String> exclusions() {
        return List.copyOf(exclusions);
    }

    @Override
    public String toString() {
        return mediator != null ? mediator : "QUEUE" + (exclusions.isEmpty() ? "" : " " + exclusions);
    }
}
