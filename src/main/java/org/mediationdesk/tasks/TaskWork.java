package org.mediationdesk.tasks;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseReassignment;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.cases.EventType;
import org.mediationdesk.cases.FieldProblem;
import org.mediationdesk.cases.InvalidRequestException;
import org.mediationdesk.cases.StageCompletion;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Claim, hand back, reassign and complete tasks. Each action checks the caller's role and centre
 * first, then runs in one transaction: the case record, its history and the engine's move together.
 * The task API and the pages call the same methods.
 */
@Service
public class TaskWork {

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CaseAccess caseAccess;
    private final StageCompletion stages;
    private final UserDetailsService users;
    private final MessageSource messages;
    private final EngineTransaction engineTransaction;
    private final CaseReassignment caseReassignment;

    TaskWork(TaskService taskService, HistoryService historyService, CaseAccess caseAccess, StageCompletion stages,
             UserDetailsService users, MessageSource messages, EngineTransaction engineTransaction,
             CaseReassignment caseReassignment) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.caseAccess = caseAccess;
        this.stages = stages;
        this.users = users;
        this.messages = messages;
        this.engineTransaction = engineTransaction;
        this.caseReassignment = caseReassignment;
    }

    public void claim(String taskId, AppUser user) {
        Work work = workOn(taskId, user);
        if (user.username().equals(work.task().getAssignee())) {
            return;
        }
        if (work.task().getAssignee() != null) {
            throw new ConflictException("task.claimed");
        }
        inTransaction(user, "task.claimed", () -> {
            taskService.claim(taskId, user.username());
            handOver(work, user.username());
            stages.recordTaskEvent(work.ref(), EventType.CLAIMED, user, work.task().getName());
        });
    }

    public void unclaim(String taskId, AppUser user) {
        Work work = workOn(taskId, user);
        boolean holder = user.username().equals(work.task().getAssignee());
        if (!holder && !user.has(Role.MANAGER)) {
            throw new ConflictException("task.notYours");
        }
        inTransaction(user, () -> {
            taskService.setAssignee(taskId, null);
            handOver(work, null);
            stages.recordTaskEvent(work.ref(), EventType.UNCLAIMED, user, work.task().getName());
        });
    }

    public void reassign(String taskId, String assignee, AppUser user) {
        if (!user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers reassign tasks");
        }
        Work work = workOn(taskId, user);
        AppUser target = eligibleAssignee(assignee, work);
        inTransaction(user, () -> {
            taskService.setAssignee(taskId, target.username());
            handOver(work, target.username());
            stages.recordTaskEvent(work.ref(), EventType.REASSIGNED, user,
                    work.task().getName() + "：" + work.task().getAssignee() + " → " + target.username());
        });
    }

    public void complete(String taskId, JsonNode data, AppUser user) {
        Work work = workOn(taskId, user);
        if (!user.username().equals(work.task().getAssignee())) {
            throw new ConflictException("task.notYours");
        }
        inTransaction(user, () -> {
            Map<String, Object> context = taskService.getVariables(taskId);
            var variables = stages.record(work.task().getTaskDefinitionKey(), work.ref(), data, user, context);
            taskService.complete(taskId, variables);
        });
    }

    private void handOver(Work work, String holder) {
        if (StageRoles.holdsTheCase(work.task().getTaskDefinitionKey())) {
            caseReassignment.handOver(work.ref(), holder);
        }
    }

    private Work workOn(String taskId, AppUser user) {
        // The engine's ids are UUIDs; anything else names no task, and on MySQL a 4-byte character
        // compared with Camunda's utf8mb3 id column would fail the query instead of finding nothing.
        if (!TASK_ID.matcher(taskId).matches()) {
            throw new TaskNotFoundException(taskId);
        }
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            boolean existed = historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
            throw existed ? new ConflictException("task.done") : new TaskNotFoundException(taskId);
        }
        CaseRef ref = caseAccess.workableCaseOfProcess(task.getProcessInstanceId(), user);
        if (!StageRoles.mayWork(user, task.getTaskDefinitionKey())) {
            throw new AccessDeniedException("Role may not work on " + task.getTaskDefinitionKey());
        }
        return new Work(task, ref);
    }

    private AppUser eligibleAssignee(String username, Work work) {
        try {
            AppUser target = (AppUser) users.loadUserByUsername(username == null ? "" : username);
            if (target.isEnabled() && work.ref().centreCode().equals(target.centreCode())
                    && StageRoles.mayWork(target, work.task().getTaskDefinitionKey())) {
                return target;
            }
        } catch (UsernameNotFoundException unknown) {
            // refused below, like any other ineligible name
        }
        throw new InvalidRequestException(List.of(new FieldProblem("assignee",
                messages.getMessage("task.assignee.invalid", null, LocaleContextHolder.getLocale()))));
    }

    private void inTransaction(AppUser user, Runnable work) {
        inTransaction(user, "task.done", work);
    }

    /**
     * Concurrent claims and completions lose on the task's revision: the loser gets a clear 409,
     * saying what beat it ({@code lostRaceMessage}: another claim, or the task moving on).
     */
    private void inTransaction(AppUser user, String lostRaceMessage, Runnable work) {
        try {
            engineTransaction.runAs(user.username(), work);
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("task.claimed");
        } catch (OptimisticLockingException e) {
            throw new ConflictException(lostRaceMessage);
        }
    }

    private record Work(Task task, CaseRef ref) {
    }
}
