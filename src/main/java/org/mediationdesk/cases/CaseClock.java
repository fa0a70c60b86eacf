package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.cases.forms.ExtensionForm;
import org.mediationdesk.cases.forms.PauseForm;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.ProcessVariables;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Pauses, resumes and extends the mediation deadline. While paused the deadline's timer is
 * suspended and no escalation fires; on resumption the paused working days are added to it.
 */
@Service
public class CaseClock {

    private static final String MEDIATION_TIMER = "mediationDeadlinePassed";

    private final CaseAccess access;
    private final CaseMapper cases;
    private final CaseJournal journal;
    private final FormReader forms;
    private final WorkingCalendar calendar;
    private final ManagementService managementService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineTransaction engineTransaction;

    CaseClock(CaseAccess access, CaseMapper cases, CaseJournal journal, FormReader forms, WorkingCalendar calendar,
              ManagementService managementService, TaskService taskService, RuntimeService runtimeService,
              EngineTransaction engineTransaction) {
        this.access = access;
        this.cases = cases;
        this.journal = journal;
        this.forms = forms;
        this.calendar = calendar;
        this.managementService = managementService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.engineTransaction = engineTransaction;
    }

    public void pause(String caseNumber, JsonNode data, AppUser user) {
        PauseForm form = forms.read(data, PauseForm.class);
        CaseMapper.CaseRow row = inMediation(caseNumber, user);
        if (row.pausedSince() != null) {
            throw new ConflictException("clock.alreadyPaused");
        }
        engineTransaction.runAs(user.username(), () -> {
            LocalDateTime now = journal.now();
            cases.insertPause(row.id(), form.reason().name(), form.note(), user.username(), now);
            cases.markPaused(row.id(), now);
            timer(row).ifPresent(job -> managementService.suspendJobById(job.getId()));
            journal.record(row.id(), EventType.CLOCK_PAUSED, user.username(),
                    forms.historyName("PauseReason", form.reason()) + (form.note() == null ? "" : "：" + form.note()));
        });
    }

    public void resume(String caseNumber, AppUser user) {
        CaseMapper.CaseRow row = inMediation(caseNumber, user);
        if (row.pausedSince() == null) {
            throw new ConflictException("clock.notPaused");
        }
        engineTransaction.runAs(user.username(), () -> {
            LocalDateTime now = journal.now();
            int pausedDays = Math.max(0, calendar.workingDaysBetween(row.pausedSince().toLocalDate(), now.toLocalDate()));
            LocalDateTime due = pausedDays == 0 ? row.mediationDue() : calendar.deadline(row.mediationDue(), pausedDays);
            cases.closePause(row.id(), user.username(), now, pausedDays);
            cases.markResumed(row.id(), pausedDays, due);
            moveDeadline(row, due);
            timer(row).ifPresent(job -> managementService.activateJobById(job.getId()));
            journal.record(row.id(), EventType.CLOCK_RESUMED, user.username(),
                    "暂停 " + pausedDays + " 个工作日，调解期限至 " + due.toLocalDate());
        });
    }

    public void extend(String caseNumber, JsonNode data, AppUser user) {
        ExtensionForm form = forms.read(data, ExtensionForm.class);
        CaseMapper.CaseRow row = inMediation(caseNumber, user);
        if (row.extensionWorkingDays() != null) {
            throw new ConflictException("clock.alreadyExtended");
        }
        engineTransaction.runAs(user.username(), () -> {
            LocalDateTime due = calendar.deadline(row.mediationDue(), form.workingDays());
            cases.extendDeadline(row.id(), form.workingDays(), due);
            moveDeadline(row, due);
            journal.record(row.id(), EventType.DEADLINE_EXTENDED, user.username(),
                    "延长 " + form.workingDays() + " 个工作日至 " + due.toLocalDate() + "：" + form.reason());
        });
    }

    /** The timer, the task's due date and the process variable all follow the new deadline. */
    private void moveDeadline(CaseMapper.CaseRow row, LocalDateTime due) {
        Date date = CaseStages.toDate(due);
        timer(row).ifPresent(job -> managementService.setJobDuedate(job.getId(), date));
        Task mediate = taskService.createTaskQuery().processInstanceId(row.processInstanceId())
                .taskDefinitionKey("mediate").singleResult();
        if (mediate != null) {
            mediate.setDueDate(date);
            taskService.saveTask(mediate);
        }
        runtimeService.setVariable(row.processInstanceId(), ProcessVariables.MEDIATION_DUE, date);
    }

    private Optional<Job> timer(CaseMapper.CaseRow row) {
        return Optional.ofNullable(managementService.createJobQuery()
                .processInstanceId(row.processInstanceId()).activityId(MEDIATION_TIMER).singleResult());
    }

    private CaseMapper.CaseRow inMediation(String caseNumber, AppUser user) {
        if (!user.has(Role.MEDIATOR) && !user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only mediators and managers work on cases");
        }
        CaseRef ref = access.workableCase(caseNumber, user);
        CaseMapper.CaseRow row = cases.findById(ref.id()).orElseThrow();
        if (row.status() != CaseStatus.IN_MEDIATION) {
            throw new ConflictException("case.notInMediation");
        }
        return row;
    }
}
