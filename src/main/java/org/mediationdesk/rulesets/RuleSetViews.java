package org.mediationdesk.rulesets;

import java.util.List;
import java.util.Map;

import org.mediationdesk.routing.scenarios.ScenarioResult;

/** What the rule set API answers. */
final class RuleSetViews {

    private RuleSetViews() {
    }

    /** A version with its files and its audit trail. */
    record VersionDetail(RuleSetVersion version, String label, List<RuleSetFile> files, List<RuleSetAuditEntry> audit) {
    }

    /** Whether the version compiles; otherwise each error with its file and line. */
    record Validation(long version, boolean compiles, List<RuleProblem> problems) {
    }

    /** One scenario row and how it went. */
    record ScenarioRow(String file, int row, String scenario, boolean passed, List<String> problems,
                       Map<String, List<String>> firedRules) {

        static ScenarioRow of(ScenarioResult result) {
            return new ScenarioRow(result.scenario().file(), result.scenario().row(), result.scenario().sentence(),
                    result.passed(), result.problems(), result.firedRules());
        }
    }

    record Diff(String from, String to, List<RuleSetDiff.FileDiff> files) {
    }

    record ScenarioRun(long version, int passed, int failed, List<ScenarioRow> rows) {
    }
}
