package org.mediationdesk.routing.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What became of one scenario.
 *
 * @param scenario   the row
 * @param problems   why it failed: each expected cell the rules did not meet, an unreadable cell, or
 *                   the rules' own failure; empty when it passed
 * @param firedRules the rules that fired, by decision (triage, routing, agencies, deadlines), in firing order
 */
public record ScenarioResult(Scenario scenario, List<String> problems, Map<String, List<String>> firedRules) {

    public ScenarioResult {
        problems = List.copyOf(problems);
        firedRules = firedRules.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue()),
                        (a, b) -> b, LinkedHashMap::new));
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /**
     * Why the row failed, then the rules that fired, e.g. {@code expected centre NX-LINGHU-FISHERY but
     * got NX-LINGHU (菱湖镇社会矛盾纠纷调处化解分中心); rules fired: triage (none); routing [纠纷由…]; …}.
     */
    public String reason() {
        if (passed()) {
            return "passed";
        }
        String fired = firedRulesText();
        return String.join("; ", problems) + (fired.isEmpty() ? "" : "; " + fired);
    }

    /** File, row, scenario and reason on one line. */
    public String describe() {
        return scenario.location() + " «" + scenario.sentence() + "»: " + reason();
    }

    private String firedRulesText() {
        if (firedRules.isEmpty()) {
            return "";
        }
        return "rules fired: " + firedRules.entrySet().stream()
                .map(entry -> entry.getKey() + " " + (entry.getValue().isEmpty() ? "(none)" : entry.getValue()))
                .collect(Collectors.joining("; "));
    }
}
