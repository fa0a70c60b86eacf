package org.mediationdesk.rulesets;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff between two versions names each changed file and shows the changed lines in context. */
class RuleSetDiffTest {

    @Test
    void changedAddedAndRemovedFilesAreListedAndUnchangedOnesLeftOut() {
        Map<String, String> v1 = Map.of(
                "rules/routing.drl", "rule \"a\"\n    salience 80\nend\n",
                "rules/triage.drl", "same\n",
                "rules/old.drl", "gone\n");
        Map<String, String> v2 = Map.of(
                "rules/routing.drl", "rule \"a\"\n    salience 90\nend\n",
                "rules/triage.drl", "same\n",
                "rules/scenarios/authors.csv", "场景 scenario\n");

        var diffs = RuleSetDiff.between("v1", v1, "v2", v2);

        assertThat(diffs).extracting(RuleSetDiff.FileDiff::path)
                .containsExactly("rules/old.drl", "rules/routing.drl", "rules/scenarios/authors.csv");
        assertThat(diffs).extracting(RuleSetDiff.FileDiff::change).containsExactly(
                RuleSetDiff.Change.REMOVED, RuleSetDiff.Change.CHANGED, RuleSetDiff.Change.ADDED);
        var routing = diffs.get(1);
        assertThat(routing.lines()).startsWith("--- v1/rules/routing.drl", "+++ v2/rules/routing.drl")
                .contains("-    salience 80", "+    salience 90", " rule \"a\"");
        assertThat(routing.added()).isEqualTo(1);
        assertThat(routing.removed()).isEqualTo(1);
    }
}
