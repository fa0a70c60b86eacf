package org.mediationdesk.tasks;

import java.util.Arrays;
import java.util.List;

/** Names kept in one column of {@code task_list}, one a line. */
final class TaskRows {

    private static final String SEPARATOR = "\n";

    private TaskRows() {
    }

    static String join(List<String> names) {
        return names.isEmpty() ? null : String.join(SEPARATOR, names);
    }

    static List<String> split(String names, String separator) {
        return names == null || names.isEmpty() ? List.of() : Arrays.asList(names.split(separator, -1));
    }

    static List<String> names(String joined) {
        return split(joined, SEPARATOR);
    }
}
