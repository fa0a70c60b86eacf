package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.reference.Centre;

/** The result fact of the routing rules: the chosen centre and the rules that chose it. */
public class RoutingDecision {

    private Centre centre;
    private final List<FiredRule> firedRules = new ArrayList<>();

    public void routeTo(CentreFact centreFact, String ruleName) {
        centre = centreFact.centre();
        firedRules.add(new FiredRule(ruleName, centre.code()));
    }

    public Centre centre() {
        return centre;
    }

    public List<FiredRule> firedRules() {
        return List.copyOf(firedRules);
    }
}
