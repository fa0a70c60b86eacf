package org.mediationdesk.routing;

import java.util.EnumSet;
import java.util.Set;

/** The result fact of the escalation rules: the warning colour and the actions due now. */
public class EscalationDecision {

    private WarningColour colour = WarningColour.GREEN;
    private final Set<EscalationAction> actions = EnumSet.noneOf(EscalationAction.class);

    public void colour(WarningColour colour) {
        this.colour = colour;
    }

    public void act(EscalationAction action) {
        actions.add(action);
    }

    public WarningColour colour() {
        return colour;
    }

    public Set<EscalationAction> actions() {
        return Set.copyOf(actions);
    }

    @Override
    public String toString() {
        return colour + (actions.isEmpty() ? "" : " " + actions);
    }
}
