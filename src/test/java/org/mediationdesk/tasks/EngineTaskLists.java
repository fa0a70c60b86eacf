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

/**
 * The task lists as the application built them before the read model, for comparison: Camunda's task query
 * (its order, its count), the cases of the tasks from {@code dispute_case}, and colour and overdue filtered
 * row by row over the whole list (the old list did so over its first 2,000 tasks).
 */
final class EngineTaskLists {

    private final Workflow workflow;
    private final CaseAccess caseAccess;
    private final CentreScope centreScope;
    private final Clock clock;
    private final CaseQueries caseQueries;
    private final WorkingCalendar calendar;
    private final PeopleNames people;

    EngineTaskLists(Workflow workflow, CaseAccess caseAccess, CentreScope centreScope, Clock clock,
                    CaseQueries caseQueries, WorkingCalendar calendar, PeopleNames people) {
        this.workflow = workflow;
        this.caseAccess = caseAccess;
        this.centreScope = centreScope;
        this.clock = clock;
        this.caseQueries = caseQueries;
        this.calendar = calendar;
        this.people = people;
    }

    TaskPage list(AppUser user, TaskListing.Scope scope, int page, int size, boolean dueFirst, TaskFilter filter) {
        WorkQuery query;
        if (scope == TaskListing.Scope.MINE) {
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
        if (filter.colour() == null && !filter.overdueOnly()) {
            return new TaskPage(views(workflow.find(query, dueFirst, page * size, size)), page, size,
                    workflow.count(query), false);
        }
        List<TaskView> matching = views(workflow.find(query, dueFirst, 0, Integer.MAX_VALUE)).stream()
                .filter(task -> (filter.colour() == null || filter.colour() == task.warning())
                        && (!filter.overdueOnly() || task.overdue())).toList();
        int from = Math.min(page * size, matching.size());
        return new TaskPage(matching.subList(from, Math.min(from + size, matching.size())), page, size, matching.size(),
                false);
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
