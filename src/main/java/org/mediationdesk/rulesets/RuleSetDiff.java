package org.mediationdesk.rulesets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** What changed between two versions' files, as unified diffs (java-diff-utils) with three lines of context. */
final class RuleSetDiff {

    private static final int CONTEXT_LINES = 3;

    private RuleSetDiff() {
    }

    enum Change {
        ADDED, REMOVED, CHANGED
    }

    /** One file that differs; {@code lines} is its unified diff ({@code ---}, {@code +++}, {@code @@} hunks). */
    record FileDiff(String path, Change change, int added, int removed, List<String> lines) {
    }

    /** The files that differ, in path order; files the same in both are left out. */
    static List<FileDiff> between(String fromLabel, Map<String, String> from, String toLabel, Map<String, String> to) {
        List<FileDiff> diffs = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        for (String path : paths) {
            String before = from.get(path);
            String after = to.get(path);
            if (before != null && before.equals(after)) {
                continue;
            }
            List<String> original = lines(before);
            List<String> revised = lines(after);
            Patch<String> patch = DiffUtils.diff(original, revised);
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(fromLabel + "/" + path, toLabel + "/" + path,
                    original, patch, CONTEXT_LINES);
            int added = patch.getDeltas().stream().mapToInt(delta -> delta.getTarget().size()).sum();
            int removed = patch.getDeltas().stream().mapToInt(delta -> delta.getSource().size()).sum();
            Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
            diffs.add(new FileDiff(path, change, added, removed, unified));
        }
        return diffs;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1));
    }
}
