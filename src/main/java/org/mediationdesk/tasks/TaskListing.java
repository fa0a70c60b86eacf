package org.mediationdesk.tasks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.process.DisputeProcess;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The caller's tasks and the claimable tasks of the caller's centres, filtered ({@link TaskFilter}),
 * paged and sorted by due date, each with the working days left until it is due.
 */
@Service
class TaskListing {

    enum Scope { MINE, CENTRE }

    private final TaskService taskService;
    private final CaseAccess caseAccess;
    private final CentreScope centreScope;
    private final Clock clock;
    private final CaseQueries caseQueries;
    private final WorkingCalendar calendar;
    /** The most tasks, in the list's order, that a filter on colour or overdue looks through. */
    private final int filterWindow;

    TaskListing(TaskService taskService, CaseAccess caseAccess, CentreScope centreScope, Clock clock,
                CaseQueries caseQueries, WorkingCalendar calendar,
                @Value("${mediationdesk.tasks.filter-window:2000}") int filterWindow) {
        this.taskService = taskService;
        this.caseAccess = caseAccess;
        this.centreScope = centreScope;
        this.clock = clock;
        this.caseQueries = caseQueries;
        this.calendar = calendar;
        this.filterWindow = filterWindow;
    }

    TaskPage list(AppUser user, Scope scope, int page, int size, boolean dueFirst) {
        return list(user, scope, page, size, dueFirst, TaskFilter.NONE);
    }

    TaskPage list(AppUser user, Scope scope, int page, int size, boolean dueFirst, TaskFilter filter) {
        TaskQuery query = taskService.createTaskQuery().processDefinitionKey(DisputeProcess.PROCESS_KEY);
        if (scope == Scope.MINE) {
            query.taskAssignee(user.username());
        } else {
            List<String> groups = candidateGroups(user);
            if (groups.isEmpty()) {
                return new TaskPage(List.of(), page, size, 0, false);
            }
            query.taskCandidateGroupIn(groups).taskUnassigned();
        }
        if (filter.stage() != null) {
            query.taskDefinitionKey(filter.stage());
        }
        if (filter.type() != null || filter.text() != null) {
            Set<String> cases = caseQueries.openProcessInstances(centreScope.visibleCentres(user), filter.type(), filter.text());
            if (cases.isEmpty()) {
                return new TaskPage(List.of(), page, size, 0, false);
            }
            query.processInstanceIdIn(cases.toArray(String[]::new));
        }
        query.orderByDueDate();
        (dueFirst ? query.asc() : query.desc()).orderByTaskCreateTime().asc();
        if (!filter.filtersRows()) {
            return new TaskPage(views(query.listPage(page * size, size)), page, size, query.count(), false);
        }
        // Colours come from the rules, per case: filter the rows here, over a bounded window, and say when it was full.
        List<Task> window = query.listPage(0, filterWindow + 1);
        boolean partial = window.size() > filterWindow;
        List<TaskView> matching = views(partial ? window.subList(0, filterWindow) : window).stream()
                .filter(filter::accepts).toList();
        int from = Math.min(page * size, matching.size());
        return new TaskPage(matching.subList(from, Math.min(from + size, matching.size())), page, size, matching.size(),
                partial);
    }

    /** How many tasks the user holds, how many of those are past their due date, and how many wait in their queues. */
    WorkCounts counts(AppUser user) {
        Date now = Date.from(clock.instant());
        long mine = mine(user).count();
        long overdue = mine == 0 ? 0 : mine(user).dueBefore(now).count();
        List<String> groups = candidateGroups(user);
        long queued = groups.isEmpty() ? 0 : taskService.createTaskQuery().processDefinitionKey(DisputeProcess.PROCESS_KEY)
                .taskCandidateGroupIn(groups).taskUnassigned().count();
        return new WorkCounts(mine, overdue, queued);
    }

    private TaskQuery mine(AppUser user) {
        return taskService.createTaskQuery().processDefinitionKey(DisputeProcess.PROCESS_KEY).taskAssignee(user.username());
    }

    record WorkCounts(long mine, long overdue, long queued) {
    }

    private List<TaskView> views(List<Task> tasks) {
        var cases = caseAccess.summariesByProcessInstance(tasks.stream().map(Task::getProcessInstanceId).distinct().toList());
        Map<String, Object> agencies = agenciesOf(tasks);
        LocalDateTime now = LocalDateTime.now(clock);
        List<TaskView> items = new ArrayList<>();
        for (Task task : tasks) {
            var summary = cases.get(task.getProcessInstanceId());
            LocalDateTime due = toLocal(task.getDueDate());
            items.add(new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), summary.caseNumber(),
                    summary.status(), summary.type(), summary.centre(), task.getAssignee(),
                    toLocal(task.getCreateTime()), due, (due != null && due.isBefore(now)) || summary.overdueSince() != null,
                    summary.warning(), (String) agencies.get(task.getId()),
                    due == null ? null : calendar.workingDaysBetween(now.toLocalDate(), due.toLocalDate())));
        }
        return items;
    }

    /** A user's centres' queues, and their managers' queues for managers (督办, manual triage). */
    private List<String> candidateGroups(AppUser user) {
        List<String> groups = new ArrayList<>();
        for (String centre : centreScope.visibleCentres(user)) {
            if (user.has(Role.MEDIATOR) || user.has(Role.MANAGER)) {
                groups.add(centre);
            }
            if (user.has(Role.MANAGER)) {
                groups.add(ProcessVariables.managersOf(centre));
            }
        }
        return groups;
    }

    private Map<String, Object> agenciesOf(List<Task> tasks) {
        Map<String, Object> agencies = new HashMap<>();
        tasks.stream().filter(task -> "agencyOpinion".equals(task.getTaskDefinitionKey()))
                .forEach(task -> agencies.put(task.getId(), taskService.getVariable(task.getId(), ProcessVariables.AGENCY)));
        return agencies;
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
