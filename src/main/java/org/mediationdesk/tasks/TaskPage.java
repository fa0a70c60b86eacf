package org.mediationdesk.tasks;

import java.util.List;

/** One page of a task list. */
public record TaskPage(List<TaskView> items, int page, int size, long total) {
}
