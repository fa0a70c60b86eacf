package org.mediationdesk.tasks;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.WorkItem;
import org.mediationdesk.process.WorkQuery;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.PeopleNames;
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

    private final Workflow workflow;
    private final CaseAccess caseAccess;
    private final CentreScope centreScope;
    private final Clock clock;
    private final CaseQueries caseQueries;
    private final WorkingCalendar calendar;
    private final PeopleNames people;
    /** The most tasks, in the list's order, that a filter on colour or overdue looks through. */
    private final int filterWindow;

    TaskListing(Workflow workflow, CaseAccess caseAccess, CentreScope centreScope, Clock clock,
                CaseQueries caseQueries, WorkingCalendar calendar, PeopleNames people,
                @Value("${mediationdesk.tasks.filter-window:2000}") int filterWindow) {
        this.people = people;
        this.workflow = workflow;
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
        WorkQuery query;
        if (scope == Scope.MINE) {
            query = WorkQuery.heldBy(user.username());
        } else {
            List<String> groups = candidateGroups(user);
            if (groups.isEmpty()) {
                return new TaskPage(List.of(), page, size, 0, false);
            }
            query = WorkQuery.unclaimedIn(groups);
        }
        if (filter.stage() != null) {
            var stage = Stage.byId(filter.stage());
            if (stage.isEmpty()) {
                return new TaskPage(List.of(), page, size, 0, false);
            }
            query = query.atStage(stage.get());
        }
        if (filter.type() != null || filter.text() != null) {
            Set<String> cases = caseQueries.openProcessInstances(centreScope.visibleCentres(user), filter.type(), filter.text());
            if (cases.isEmpty()) {
                return new TaskPage(List.of(), page, size, 0, false);
            }
            query = query.ofCases(cases);
        }
        if (!filter.filtersRows()) {
            return new TaskPage(views(workflow.find(query, dueFirst, page * size, size)), page, size,
                    workflow.count(query), false);
        }
        // Colours come from the rules, per case: filter the rows here, over a bounded window, and say when it was full.
        List<WorkItem> window = workflow.find(query, dueFirst, 0, filterWindow + 1);
        boolean partial = window.size() > filterWindow;
        List<TaskView> matching = views(partial ? window.subList(0, filterWindow) : window).stream()
                .filter(filter::accepts).toList();
        int from = Math.min(page * size, matching.size());
        return new TaskPage(matching.subList(from, Math.min(from + size, matching.size())), page, size, matching.size(),
                partial);
    }

    /** How many tasks the user holds, how many of those are past their due date, and how many wait in their queues. */
    WorkCounts counts(AppUser user) {
        WorkQuery mine = WorkQuery.heldBy(user.username());
        long held = workflow.count(mine);
        long overdue = held == 0 ? 0 : workflow.count(mine.dueBefore(LocalDateTime.now(clock)));
        List<String> groups = candidateGroups(user);
        long queued = groups.isEmpty() ? 0 : workflow.count(WorkQuery.unclaimedIn(groups));
        return new WorkCounts(held, overdue, queued);
    }

    record WorkCounts(long mine, long overdue, long queued) {
    }

    private List<TaskView> views(List<WorkItem> tasks) {
        var cases = caseAccess.summariesByProcessInstance(tasks.stream().map(WorkItem::processInstanceId).distinct().toList());
        LocalDateTime now = LocalDateTime.now(clock);
        List<TaskView> items = new ArrayList<>();
        for (WorkItem task : tasks) {
            var summary = cases.get(task.processInstanceId());
            LocalDateTime due = task.dueAt();
            items.add(new TaskView(task.id(), task.stage().id(), task.name(), summary.caseNumber(),
                    summary.status(), summary.type(), summary.centre(), task.assignee(),
                    task.createdAt(), due, (due != null && due.isBefore(now)) || summary.overdueSince() != null,
                    summary.warning(), workflow.agencyOf(task),
                    due == null ? null : calendar.workingDaysBetween(now.toLocalDate(), due.toLocalDate()),
                    people.of(task.assignee()), summary.applicants(), summary.respondents(), summary.riskLevel(),
                    summary.riskFlags(), summary.registeredAt()));
        }
        return items;
    }

    /** A user's centres' queues, and their managers' queues for managers (督办, manual triage). */
    private List<String> candidateGroups(AppUser user) {
        List<String> groups = new ArrayList<>();
        if (user.has(Role.ADMIN)) {
            groups.add(ProcessVariables.ADMINISTRATORS);
        }
        for (String centre : centreScope.queueCentres(user)) {
            if (user.has(Role.MEDIATOR) || user.has(Role.MANAGER)) {
                groups.add(centre);
            }
            if (user.has(Role.MANAGER)) {
                groups.add(ProcessVariables.managersOf(centre));
            }
        }
        return groups;
    }
}
