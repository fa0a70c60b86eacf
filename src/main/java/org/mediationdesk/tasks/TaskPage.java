package org.mediationdesk.tasks;

import java.util.List;

/**
 * One page of a task list. {@code partial}: a colour or overdue filter looked only at the first tasks in the
 * list's order ({@code mediationdesk.tasks.filter-window}), so later matches and the total beyond them are missing.
 */
public record TaskPage(List<TaskView> items, int page, int size, long total, boolean partial) {
}
