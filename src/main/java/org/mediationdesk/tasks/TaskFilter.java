package org.mediationdesk.tasks;

import org.mediationdesk.routing.WarningColour;

/**
 * What a task list shows: tasks of one stage (the BPMN task id), of cases of one type, with one
 * warning colour, overdue ones only, and cases whose number or a party's name contains {@code text}.
 * A null (or false) criterion is not applied.
 */
public record TaskFilter(String stage, String type, WarningColour colour, boolean overdueOnly, String text) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, false, null);

    public TaskFilter {
        stage = blankToNull(stage);
        type = blankToNull(type);
        text = blankToNull(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
