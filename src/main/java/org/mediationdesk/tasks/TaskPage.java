package org.mediationdesk.tasks;

import java.util.List;

/**
 * One page of a task list. {@code total}: the list's tasks, counted no further than 1,000 past the page's
 * start; {@code more}: there are more than {@code total}.
 */
public record TaskPage(List<TaskView> items, int page, int size, long total, boolean more) {
}
