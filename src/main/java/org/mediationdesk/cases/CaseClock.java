package org.mediationdesk.cases;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.cases.forms.ExtensionForm;
import org.mediationdesk.cases.forms.PauseForm;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.Workflow;
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

    private final CaseAccess access;
    private final CaseMapper cases;
    private final CaseJournal journal;
    private final FormReader forms;
    private final WorkingCalendar calendar;
    private final Workflow workflow;
    private final EngineTransaction engineTransaction;

    CaseClock(CaseAccess access, CaseMapper cases, CaseJournal journal, FormReader forms, WorkingCalendar calendar,
              Workflow workflow, EngineTransaction engineTransaction) {
        this.access = access;
        this.cases = cases;
        this.journal = journal;
        this.forms = forms;
        this.calendar = calendar;
        this.workflow = workflow;
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
            workflow.pauseMediationDeadline(row.processInstanceId());
            journal.record(row.id(), EventType.CLOCK_PAUSED, user.username(), form.note() == null
                    ? EventNote.of("clockPaused", EventNote.label("PauseReason", form.reason()))
                    : EventNote.of("clockPausedWithNote", EventNote.label("PauseReason", form.reason()),
                            EventNote.text(form.note())));
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
            workflow.moveMediationDeadline(row.processInstanceId(), due);
            workflow.resumeMediationDeadline(row.processInstanceId());
            journal.record(row.id(), EventType.CLOCK_RESUMED, user.username(), EventNote.of("clockResumed",
                    EventNote.text(String.valueOf(pausedDays)), EventNote.text(due.toLocalDate().toString())));
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
            workflow.moveMediationDeadline(row.processInstanceId(), due);
            journal.record(row.id(), EventType.DEADLINE_EXTENDED, user.username(), EventNote.of("deadlineExtended",
                    EventNote.text(String.valueOf(form.workingDays())), EventNote.text(due.toLocalDate().toString()),
                    EventNote.text(form.reason())));
        });
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
