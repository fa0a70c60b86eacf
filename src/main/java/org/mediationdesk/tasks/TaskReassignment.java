package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.WorkItem;
import org.mediationdesk.process.WorkQuery;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Managers moving open work between mediators from the dashboard: the open tasks of a mediator or of
 * some cases, and reassigning several tasks at once. Each task moves in its own transaction through
 * the same checks as a single reassignment (role, centre, eligible mediator); the case and its later
 * stages follow the task.
 */
@Service
public class TaskReassignment {

    private final TaskWork work;
    private final Workflow workflow;
    private final CaseAccess caseAccess;
    private final CentreScope centreScope;
    private final EngineTransaction engineTransaction;
    private final MessageSource messages;

    TaskReassignment(TaskWork work, Workflow workflow, CaseAccess caseAccess, CentreScope centreScope,
                     EngineTransaction engineTransaction, MessageSource messages) {
        this.work = work;
        this.workflow = workflow;
        this.caseAccess = caseAccess;
        this.centreScope = centreScope;
        this.engineTransaction = engineTransaction;
        this.messages = messages;
    }

    /** Open tasks assigned to {@code assignee}, of cases the manager's centres hold. */
    public List<OpenTask> assignedTo(String assignee, AppUser manager) {
        return openTasks(WorkQuery.heldBy(assignee), manager);
    }

    /** Open tasks of these cases' processes, except the managers' own 督办 stages. */
    public List<OpenTask> ofProcesses(Collection<String> processInstanceIds, AppUser manager) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return openTasks(WorkQuery.ofProcesses(processInstanceIds), manager).stream()
                .filter(task -> !Stage.of(task.stage()).managersOnly())
                .toList();
    }

    /** Moves each task to {@code assignee}; a task that may not move is reported, the others still move. */
    public Outcome reassign(List<String> taskIds, String assignee, AppUser manager) {
        List<String> moved = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (String taskId : taskIds.stream().distinct().toList()) {
            try {
                engineTransaction.runAs(manager.username(), () -> work.reassign(taskId, assignee, manager));
                moved.add(taskId);
            } catch (InvalidRequestException e) {
                refused.add(new Refusal(taskId, e.problems().get(0).message()));
            } catch (ConflictException e) {
                refused.add(new Refusal(taskId, message(e.messageKey())));
            } catch (NotFoundException e) {
                refused.add(new Refusal(taskId, message(e.messageKey())));
            } catch (AccessDeniedException e) {
                refused.add(new Refusal(taskId, message("request.forbidden")));
            }
        }
        return new Outcome(moved, refused);
    }

    private List<OpenTask> openTasks(WorkQuery query, AppUser manager) {
        List<WorkItem> tasks = workflow.find(query);
        var cases = caseAccess.summariesByProcessInstance(tasks.stream().map(WorkItem::processInstanceId).distinct().toList());
        List<OpenTask> open = new ArrayList<>();
        for (WorkItem task : tasks) {
            var summary = cases.get(task.processInstanceId());
            if (summary != null && centreScope.canSee(manager, summary.centre().code())) {
                open.add(new OpenTask(task.id(), task.stage().id(), task.name(), summary.caseNumber(),
                        task.processInstanceId(), summary.centre().code(), task.assignee(), task.dueAt()));
            }
        }
        return open;
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    public record OpenTask(String id, String stage, String name, String caseNumber, String processInstanceId,
                           String centreCode, String assignee, LocalDateTime dueAt) {
    }

    /** A task that did not move, and why, in the manager's language. */
    public record Refusal(String taskId, String reason) {
    }

    public record Outcome(List<String> moved, List<Refusal> refused) {
    }
}
