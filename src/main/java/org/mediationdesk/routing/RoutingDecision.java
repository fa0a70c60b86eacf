package org.mediationdesk.routing;

import org.mediationdesk.reference.Centre;

/** The result fact of the routing rules: the chosen centre. */
public class RoutingDecision {

    private Centre centre;

    public void routeTo(CentreFact centreFact) {
        centre = centreFact.centre();
    }

    public Centre centre() {
        return centre;
    }

    @Override
    public String toString() {
        return centre == null ? "-" : centre.code();
    }
}
