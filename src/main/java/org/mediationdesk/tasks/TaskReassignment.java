package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.InvalidRequestException;
import org.mediationdesk.process.DisputeProcess;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.system.ConflictException;
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
    private final TaskService taskService;
    private final CaseAccess caseAccess;
    private final CentreScope centreScope;
    private final EngineTransaction engineTransaction;
    private final MessageSource messages;

    TaskReassignment(TaskWork work, TaskService taskService, CaseAccess caseAccess, CentreScope centreScope,
                     EngineTransaction engineTransaction, MessageSource messages) {
        this.work = work;
        this.taskService = taskService;
        this.caseAccess = caseAccess;
        this.centreScope = centreScope;
        this.engineTransaction = engineTransaction;
        this.messages = messages;
    }

    /** Open tasks assigned to {@code assignee}, of cases the manager's centres hold. */
    public List<OpenTask> assignedTo(String assignee, AppUser manager) {
        return openTasks(query().taskAssignee(assignee), manager);
    }

    /** Open tasks of these cases' processes, except the managers' own 督办 stages. */
    public List<OpenTask> ofProcesses(Collection<String> processInstanceIds, AppUser manager) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return openTasks(query().processInstanceIdIn(processInstanceIds.toArray(String[]::new)), manager).stream()
                .filter(task -> !StageRoles.managersOnly(task.stage()))
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


    private TaskQuery query() {
        return taskService.createTaskQuery().processDefinitionKey(DisputeProcess.PROCESS_KEY).orderByDueDate().asc()
                .orderByTaskCreateTime().asc();
    }

    private List<OpenTask> openTasks(TaskQuery query, AppUser manager) {
        List<Task> tasks = query.list();
        var cases = caseAccess.summariesByProcessInstance(tasks.stream().map(Task::getProcessInstanceId).distinct().toList());
        List<OpenTask> open = new ArrayList<>();
        for (Task task : tasks) {
            var summary = cases.get(task.getProcessInstanceId());
            if (summary != null && centreScope.canSee(manager, summary.centre().code())) {
                open.add(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), summary.caseNumber(),
                        task.getProcessInstanceId(), summary.centre().code(), task.getAssignee(),
                        toLocal(task.getDueDate())));
            }
        }
        return open;
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
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
