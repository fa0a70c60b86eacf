package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * One list's query on {@code task_list}: held by {@code assignee}, or waiting in one of {@code queues};
 * {@code centres} (the caller's) only when filtering by type or text, as the case search does; the text as
 * a LIKE pattern for party names with the case search's terms, and for case numbers only when the text could be
 * part of one ({@code numberPattern}, else null); at most {@code limit} tasks, in the list's order.
 */
record TaskListQuery(String assignee, List<String> queues, String stage, String type, Collection<String> centres,
                     String colour, boolean overdueOnly, String pattern, String numberPattern, List<String> terms,
                     LocalDateTime now, boolean dueFirst, int limit) {
}
