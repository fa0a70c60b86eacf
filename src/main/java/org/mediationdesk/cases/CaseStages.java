package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.mediationdesk.calendar.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import static org.mediationdesk.process.ProcessVariables.ACCEPTANCE_DUE;
import static org.mediationdesk.process.ProcessVariables.ASSIGNED_MEDIATOR;
import static org.mediationdesk.process.ProcessVariables.CASE_ID;
import static org.mediationdesk.process.ProcessVariables.CENTRE_CODE;
import static org.mediationdesk.process.ProcessVariables.EXCLUDED_CENTRES;
import static org.mediationdesk.process.ProcessVariables.MEDIATION_DUE;
import static org.mediationdesk.process.ProcessVariables.NOTE;
import static org.mediationdesk.process.ProcessVariables.RETURN_COUNT;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_REASON;
import static org.mediationdesk.process.ProcessVariables.TRANSFER_TO;

/**
 * The process's hooks into the case record ({@code ${caseStages...}} in the BPMN): each stage the
 * process enters moves the case's status and writes its history, in the engine's transaction.
 */
@Component("caseStages")
public class CaseStages {

    private final CaseMapper cases;
    private final CaseJournal journal;
    private final CaseDeadlines deadlines;
    private final MediationRecordMapper records;
    private final CaseAssignment assignment;
    private final DeadlinePolicy policy;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    CaseStages(CaseMapper cases, CaseJournal journal, CaseDeadlines deadlines,
               MediationRecordMapper records, CaseAssignment assignment, DeadlinePolicy policy,
               WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.events = events;
        this.policy = policy;
        this.calendar = calendar;
        this.cases = cases;
        this.journal = journal;
        this.deadlines = deadlines;
        this.records = records;
        this.assignment = assignment;
    }

    /**
     * The due date of a task that follows mediation (the BPMN's {@code camunda:dueDate}): the policy's working
     * days for it ({@link DeadlinePolicy#workingDaysFor}), to the end of that working day.
     */
    public Date taskDue(String taskId) {
        return journal.engineDate(calendar.deadline(journal.now(), policy.workingDaysFor(taskId)));
    }

    /** Acceptance starts: the centre in {@code centreCode} has the rules' acceptance limit, from now. */
    public void awaitAcceptance(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        String centreCode = (String) execution.getVariable(CENTRE_CODE);
        if (!centreCode.equals(row.centreCode())) {
            cases.updateCentre(row.id(), centreCode);
        }
        LocalDateTime now = journal.now();
        LocalDateTime due = deadlines.acceptanceDue(row, now);
        cases.updateAcceptanceDue(row.id(), now, due);
        execution.setVariable(ACCEPTANCE_DUE, journal.engineDate(due));
        journal.move(row, CaseStatus.AWAITING_ACCEPTANCE, EventType.STATUS_CHANGED, actor(execution),
                noteOr(execution, EventNote.of("awaitingAcceptance", EventNote.centre(centreCode))));
    }

    public void awaitManualTriage(DelegateExecution execution) {
        enter(execution, CaseStatus.AWAITING_MANUAL_TRIAGE.name());
    }

    /**
     * The case is accepted: the rules' mediation limits run from now (a court's from its file), and the
     * assignment rules pick its mediator (or leave it in the centre queue).
     */
    public void startMediation(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        LocalDateTime now = journal.now();
        LocalDateTime due = deadlines.mediationDue(row, now);
        cases.startMediation(row.id(), now, due);
        execution.setVariable(MEDIATION_DUE, journal.engineDate(due));
        execution.setVariable(RETURN_COUNT, 0);
        execution.removeVariable(EXCLUDED_CENTRES);
        journal.move(row, CaseStatus.IN_MEDIATION, EventType.STATUS_CHANGED, actor(execution), noteOr(execution, null));
        journal.milestone(row.id(), row.caseNumber(), CaseMilestone.Kind.CASE_ACCEPTED, null);
        execution.setVariable(ASSIGNED_MEDIATOR, assignment.assign(row, null, CaseTriage.SYSTEM_ACTOR));
    }

    public void enter(DelegateExecution execution, String status) {
        journal.move(caseOf(execution), CaseStatus.valueOf(status), EventType.STATUS_CHANGED, actor(execution),
                noteOr(execution, null));
    }

    /** A transfer message interrupted mediation: the case goes to the other centre's acceptance. */
    public void transfer(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        String to = (String) execution.getVariable(TRANSFER_TO);
        journal.record(row.id(), EventType.TRANSFERRED, actor(execution), EventNote.of("transferred",
                EventNote.centre(row.centreCode()), EventNote.centre(to),
                EventNote.text(String.valueOf(execution.getVariable(TRANSFER_REASON)))));
        execution.setVariable(CENTRE_CODE, to);
        execution.removeVariable(TRANSFER_TO);
        execution.removeVariable(TRANSFER_REASON);
    }

    /**
     * A deadline passed: the case is marked overdue and its managers get a 督办 task; nothing is cancelled.
     *
     * @param deadline ACCEPTANCE or MEDIATION
     */
    public void markOverdue(DelegateExecution execution, String deadline) {
        CaseMapper.CaseRow row = caseOf(execution);
        cases.markOverdue(row.id(), journal.now());
        journal.record(row.id(), EventType.OVERDUE, CaseTriage.SYSTEM_ACTOR,
                EventNote.of("ACCEPTANCE".equals(deadline) ? "overdue.acceptance" : "overdue.mediation"));
    }

    /** The agencies' deadline passed: those that did not answer are recorded as missing. */
    public void recordMissingOpinions(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        var missing = records.findOpinions(row.id()).stream()
                .filter(opinion -> opinion.status() == AgencyOpinion.Status.REQUESTED)
                .map(AgencyOpinion::agencyCode)
                .toList();
        records.markMissingOpinions(row.id());
        journal.record(row.id(), EventType.OPINIONS_MISSING, CaseTriage.SYSTEM_ACTOR,
                EventNote.of("opinionsMissing", EventNote.agencies(missing)));
    }

    /** The window to apply for judicial confirmation closed and nobody applied: the history says so. */
    public void confirmationLapsed(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        Agreement agreement = agreementOf(row);
        journal.record(row.id(), EventType.CONFIRMATION_LAPSED, CaseTriage.SYSTEM_ACTOR,
                agreement.confirmationWindowEnds() == null
                        ? EventNote.of("confirmationLapsed", EventNote.date(agreement.effectiveOn()))
                        : EventNote.of("confirmationLapsedOn", EventNote.date(agreement.effectiveOn()),
                                EventNote.date(agreement.confirmationWindowEnds().toLocalDate())));
    }

    /** The court's time to rule on an application has passed and no ruling is recorded: the mediator is told to ask. */
    public void remindOfRuling(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        Agreement agreement = agreementOf(row);
        journal.record(row.id(), EventType.CONFIRMATION_REMINDER, CaseTriage.SYSTEM_ACTOR,
                EventNote.of("confirmationReminder", EventNote.date(agreement.confirmationAppliedOn()),
                        EventNote.text(agreement.confirmationCourt())));
    }

    public void close(DelegateExecution execution, String closureType) {
        CaseMapper.CaseRow row = caseOf(execution);
        ClosureType type = ClosureType.valueOf(closureType);
        cases.close(row.id(), type, journal.now());
        journal.move(row, CaseStatus.CLOSED, EventType.CLOSED, actor(execution),
                EventNote.of("closed", EventNote.label("ClosureType", type)));
        journal.milestone(row.id(), row.caseNumber(), CaseMilestone.Kind.CASE_CLOSED, type.name());
        events.publishEvent(new CaseClosed(row.id(), row.caseNumber()));
    }

    private CaseMapper.CaseRow caseOf(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(CASE_ID);
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
    }

    private Agreement agreementOf(CaseMapper.CaseRow row) {
        return records.findAgreement(row.id())
                .orElseThrow(() -> new IllegalStateException("Case " + row.caseNumber() + " has no agreement"));
    }

    /** Who moved the process: the user the API signed into the engine, or the system for timers. */
    private static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null
                ? CaseTriage.SYSTEM_ACTOR : authentication.getUserId();
    }

    /** The note the completed stage carried (a person's words, or an encoded {@link EventNote}), else the fallback. */
    private String noteOr(DelegateExecution execution, EventNote fallback) {
        Object note = execution.getVariable(NOTE);
        return note == null ? (fallback == null ? null : journal.carried(fallback)) : note.toString();
    }
}
