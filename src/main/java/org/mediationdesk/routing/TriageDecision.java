package org.mediationdesk.routing;

import java.util.EnumSet;
import java.util.Set;

/** The result fact of the triage rules: the highest risk level any rule gave, and every flag raised. */
public class TriageDecision {

    private RiskLevel riskLevel = RiskLevel.LOW;
    private final Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);

    public void raise(RiskLevel level) {
        if (level.compareTo(riskLevel) > 0) {
            riskLevel = level;
        }
    }

    public void flag(RiskFlag flag, RiskLevel level) {
        flags.add(flag);
        raise(level);
    }

    public RiskLevel riskLevel() {
        return riskLevel;
    }

    public Set<RiskFlag> flags() {
        return Set.copyOf(flags);
    }

    @Override
    public String toString() {
        return riskLevel + (flags.isEmpty() ? "" : " " + flags);
    }
}
