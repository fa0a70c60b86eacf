package org.mediationdesk.rulesets;

import java.time.LocalDateTime;

/** One past case decided by the published rules ({@code current}) and by the draft. */
public record SimulatedCase(String caseNumber, LocalDateTime registeredAt, String type, SimulatedOutcome current,
                     SimulatedOutcome draft, boolean routedDifferently, boolean assignedDifferently,
                     boolean deadlinedDifferently, boolean riskDifferent) {

    static SimulatedCase of(String caseNumber, LocalDateTime registeredAt, String type, SimulatedOutcome current,
                            SimulatedOutcome draft) {
        return new SimulatedCase(caseNumber, registeredAt, type, current, draft, draft.routedOtherwiseThan(current),
                draft.assignedOtherwiseThan(current), draft.deadlinedOtherwiseThan(current), draft.riskOtherThan(current));
    }

    boolean changed() {
        return routedDifferently || assignedDifferently || deadlinedDifferently || riskDifferent;
    }
}
