package org.mediationdesk.rulesets;

import java.util.List;
import java.util.Objects;

/**
 * What one rule set decides for one case: risk, centre, mediator ({@code null} for the centre
 * queue), time limits (as the deadline rules describe them), and the rules that fired; or, if the rules failed, an error
 * naming the decision, the rule and the exception's type. Nothing here is text of the case itself.
 */
public record SimulatedOutcome(String risk, String centre, String mediator, String deadlines,
                        List<String> rulesFired, String error) {

    static SimulatedOutcome failed(String error) {
        return new SimulatedOutcome(null, null, null, null, List.of(), error);
    }

    boolean routedOtherwiseThan(SimulatedOutcome other) {
        return !Objects.equals(centre, other.centre) || !Objects.equals(error, other.error);
    }

    boolean assignedOtherwiseThan(SimulatedOutcome other) {
        return !Objects.equals(mediator, other.mediator);
    }

    boolean deadlinedOtherwiseThan(SimulatedOutcome other) {
        return !Objects.equals(deadlines, other.deadlines);
    }

    boolean riskOtherThan(SimulatedOutcome other) {
        return !Objects.equals(risk, other.risk);
    }

    @Override
    public String deadlines() {
        return deadlines == null ? "-" : deadlines;
    }

    public String mediatorOrQueue() {
        return error != null ? "-" : mediator == null ? "中心待认领 (queue)" : mediator;
    }
}
