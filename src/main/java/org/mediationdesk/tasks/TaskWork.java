package org.mediationdesk.tasks;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseLock;
import org.mediationdesk.cases.CaseReassignment;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.cases.EventType;
import org.mediationdesk.cases.StageCompletion;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.WorkItem;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Claim, hand back, reassign and complete tasks. Each action checks the caller's role and centre
 * first, then runs in one transaction that holds the case ({@link CaseLock}) and looks at the task
 * again: concurrent actions on a case run one after the other, and a loser gets a clear 409. The
 * case record, its history and the engine's move happen together. The task API and the pages call
 * the same methods.
 */
@Service
public class TaskWork {

    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final Workflow workflow;
    private final CaseAccess caseAccess;
    private final CaseLock caseLock;
    private final StageCompletion stages;
    private final UserDetailsService users;
    private final MessageSource messages;
    private final EngineTransaction engineTransaction;
    private final CaseReassignment caseReassignment;

    TaskWork(Workflow workflow, CaseAccess caseAccess, CaseLock caseLock, StageCompletion stages,
             UserDetailsService users, MessageSource messages, EngineTransaction engineTransaction,
             CaseReassignment caseReassignment) {
        this.workflow = workflow;
        this.caseAccess = caseAccess;
        this.caseLock = caseLock;
        this.stages = stages;
        this.users = users;
        this.messages = messages;
        this.engineTransaction = engineTransaction;
        this.caseReassignment = caseReassignment;
    }

    public void claim(String taskId, AppUser user) {
        onHeldCase(taskId, user, work -> {
            if (work.task().heldBy(user.username())) {
                return;
            }
            if (work.task().assignee() != null) {
                throw new ConflictException("task.claimed");
            }
            workflow.claim(taskId, user.username());
            handOver(work, user.username());
            stages.recordTaskEvent(work.ref(), EventType.CLAIMED, user, work.task().stage());
        });
    }

    public void unclaim(String taskId, AppUser user) {
        onHeldCase(taskId, user, work -> {
            if (!work.task().heldBy(user.username()) && !user.has(Role.MANAGER)) {
                throw new ConflictException("task.notYours");
            }
            workflow.assign(taskId, null);
            handOver(work, null);
            stages.recordTaskEvent(work.ref(), EventType.UNCLAIMED, user, work.task().stage());
        });
    }

    public void reassign(String taskId, String assignee, AppUser user) {
        if (!user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers reassign tasks");
        }
        onHeldCase(taskId, user, work -> {
            AppUser target = eligibleAssignee(assignee, work);
            workflow.assign(taskId, target.username());
            handOver(work, target.username());
            stages.recordTaskReassigned(work.ref(), user, work.task().stage(), work.task().assignee(), target.username());
        });
    }

    public void complete(String taskId, JsonNode data, AppUser user) {
        onHeldCase(taskId, user, work -> {
            if (!work.task().heldBy(user.username())) {
                throw new ConflictException("task.notYours");
            }
            var variables = stages.record(work.task().stage(), work.ref(), data, user, workflow.variablesOf(taskId));
            workflow.complete(taskId, variables);
        });
    }

    private void handOver(Work work, String holder) {
        if (work.task().stage().holdsTheCase()) {
            caseReassignment.handOver(work.ref(), holder);
        }
    }

    /**
     * Checks the task and the caller, then in one transaction locks the case, reads the task as it is now
     * (it may have moved on while this request waited) and does {@code action} on it.
     */
    private void onHeldCase(String taskId, AppUser user, Consumer<Work> action) {
        Work seen = workOn(taskId, user);
        engineTransaction.runAs(user.username(), () -> {
            caseLock.hold(seen.ref());
            WorkItem now = workflow.openTask(taskId).orElseThrow(() -> new ConflictException("task.done"));
            action.accept(new Work(now, seen.ref()));
        });
    }

    private Work workOn(String taskId, AppUser user) {
        // The engine's ids are UUIDs; anything else names no task, and on MySQL a 4-byte character
        // compared with Camunda's utf8mb3 id column would fail the query instead of finding nothing.
        if (!TASK_ID.matcher(taskId).matches()) {
            throw new TaskNotFoundException(taskId);
        }
        WorkItem task = workflow.openTask(taskId).orElseThrow(() -> workflow.existed(taskId)
                ? new ConflictException("task.done") : new TaskNotFoundException(taskId));
        CaseRef ref = caseAccess.workableCaseOfProcess(task.processInstanceId(), task.stage(), workflow.agencyOf(task),
                user);
        if (!task.stage().mayBeDoneBy(user)) {
            throw new AccessDeniedException("Role may not work on " + task.stage().id());
        }
        return new Work(task, ref);
    }

    private AppUser eligibleAssignee(String username, Work work) {
        try {
            AppUser target = (AppUser) users.loadUserByUsername(username == null ? "" : username);
            if (target.isEnabled() && work.ref().centreCode().equals(target.centreCode())
                    && work.task().stage().mayBeDoneBy(target)) {
                return target;
            }
        } catch (UsernameNotFoundException unknown) {
            // refused below, like any other ineligible name
        }
        throw new InvalidRequestException(List.of(new FieldProblem("assignee",
                messages.getMessage("task.assignee.invalid", null, LocaleContextHolder.getLocale()))));
    }

    private record Work(WorkItem task, CaseRef ref) {
    }
}
