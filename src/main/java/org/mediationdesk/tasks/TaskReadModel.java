package org.mediationdesk.tasks;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseChanged;
import org.mediationdesk.cases.ListedCase;
import org.mediationdesk.process.EngineTask;
import org.mediationdesk.process.UserTaskObserver;
import org.mediationdesk.process.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code task_list}, the task lists' read model, in step with the engine and the cases, always
 * in the transaction of the change: the engine's task listener writes a task's own columns as the task
 * changes ({@link UserTaskObserver}), and just before that transaction commits the case columns of every
 * case it touched (a task changed, or an event in the case's history: {@link CaseChanged}) are written
 * again from the case. So a crash leaves both or neither. {@link #rebuild} writes it again from the
 * engine while the application runs.
 */
@Service
class TaskReadModel implements UserTaskObserver {

    /** Overdue from always: the case's deadline has marked it overdue. */
    static final LocalDateTime ALWAYS = LocalDateTime.of(1970, 1, 2, 0, 0);
    private static final int PAGE = 500;

    private final TaskListMapper rows;
    private final CaseAccess caseAccess;
    private final Workflow workflow;
    private final TransactionTemplate transaction;

    TaskReadModel(TaskListMapper rows, CaseAccess caseAccess, Workflow workflow, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.caseAccess = caseAccess;
        this.workflow = workflow;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void taskChanged(EngineTask task) {
        write(task);
        if (task.caseId() != null) {
            caseTouched(task.caseId());
        }
    }

    @Override
    public void taskEnded(String taskId) {
        rows.deleteTask(taskId);
    }

    @EventListener
    void onCaseChanged(CaseChanged changed) {
        caseTouched(changed.caseId());
    }

    /**
     * Writes every open task of the engine again, removes rows of tasks no longer open, and writes every
     * case's columns again. Safe beside live changes: each task is written in a transaction of its own that
     * first holds its row and only then reads the engine, so a change that commits meanwhile is either seen
     * or written after this (its listener waits for the row).
     */
    Rebuilt rebuild() {
        Set<String> written = new HashSet<>();
        Set<Long> casesWritten = new HashSet<>();
        String after = "";
        for (List<String> ids = workflow.openTaskIds(after, PAGE); !ids.isEmpty(); ids = workflow.openTaskIds(after, PAGE)) {
            for (String id : ids) {
                transaction.executeWithoutResult(status -> rewrite(id, casesWritten));
            }
            written.addAll(ids);
            after = ids.get(ids.size() - 1);
        }
        int removed = 0;
        after = "";
        for (List<String> ids = rows.findTaskIds(after, PAGE); !ids.isEmpty(); ids = rows.findTaskIds(after, PAGE)) {
            for (String id : ids) {
                if (!written.contains(id)) {
                    removed += transaction.execute(status -> rewrite(id, casesWritten) ? 0 : 1);
                }
            }
            after = ids.get(ids.size() - 1);
        }
        int cases = 0;
        long afterCase = 0;
        for (List<Long> ids = rows.findCaseIds(afterCase, PAGE); !ids.isEmpty(); ids = rows.findCaseIds(afterCase, PAGE)) {
            for (long id : ids) {
                if (casesWritten.add(id)) {
                    transaction.executeWithoutResult(status -> refreshCase(id));
                }
            }
            cases += ids.size();
            afterCase = ids.get(ids.size() - 1);
        }
        return new Rebuilt(written.size(), removed, cases);
    }

    /** What a rebuild wrote: open tasks, rows removed for tasks no longer open, cases. */
    record Rebuilt(int tasks, int removed, int cases) {
    }

    boolean isEmpty() {
        return rows.countAll() == 0;
    }

    /**
     * The task's row as the engine has it now, a new row with its case's columns (noted in {@code casesWritten},
     * so the rebuild's pass over the cases skips it); false when the task is no longer open (its row is gone).
     */
    private boolean rewrite(String taskId, Set<Long> casesWritten) {
        boolean had = !rows.lockTask(taskId).isEmpty();
        var task = workflow.engineTask(taskId);
        if (task.isEmpty()) {
            rows.deleteTask(taskId);
            return false;
        }
        write(task.get());
        Long caseId = task.get().caseId();
        if (!had && caseId != null) {
            refreshCase(caseId);
            casesWritten.add(caseId);
        }
        return true;
    }

    private void write(EngineTask task) {
        if (rows.updateTask(task) == 0) {
            rows.insertTask(task);
        }
    }

    private void caseTouched(long caseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refreshCase(caseId);
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(TouchedCases.class::isInstance).map(TouchedCases.class::cast).findFirst()
                .orElseGet(() -> {
                    TouchedCases touched = new TouchedCases();
                    TransactionSynchronizationManager.registerSynchronization(touched);
                    return touched;
                }).ids.add(caseId);
    }

    /** Holds the case's rows first, then reads the case: a change committing meanwhile is seen, or written after. */
    private void refreshCase(long caseId) {
        if (rows.lockCase(caseId).isEmpty()) {
            return;
        }
        caseAccess.listedCase(caseId).ifPresent(listed -> rows.updateCase(caseId, columns(listed)));
    }

    private static TaskListMapper.CaseColumns columns(ListedCase c) {
        return new TaskListMapper.CaseColumns(c.caseNumber(), c.status().name(), c.disputeType(), c.centreCode(),
                c.policeDesk(), c.overdueSince(), c.overdueSince() == null ? null : ALWAYS, c.clockRunning(),
                c.yellowAt(), c.redAt(), TaskRows.join(c.applicants()), TaskRows.join(c.respondents()),
                TaskRows.join(c.parties()), c.riskLevel(), c.riskFlags().isEmpty() ? null : String.join(",", c.riskFlags()),
                c.registeredAt());
    }

    /** The cases a transaction touched, written again just before it commits, after all its changes. */
    private final class TouchedCases implements TransactionSynchronization {

        private final Set<Long> ids = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            ids.forEach(TaskReadModel.this::refreshCase);
        }
    }
}
