package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.process.forms.SupervisionAnswerForm;
import org.mediationdesk.process.forms.SupervisionForm;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.springframework.stereotype.Component;

import static org.mediationdesk.process.ProcessVariables.ANSWER_DUE;
import static org.mediationdesk.process.ProcessVariables.CASE_ID;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_ID;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_LEVEL;
import static org.mediationdesk.process.ProcessVariables.SUPERVISION_REASON;
import static org.mediationdesk.process.ProcessVariables.SUPERVISORS;

/**
 * 督办 with an answer ({@code ${caseSupervision...}} in the BPMN's supervision subprocess): a round is
 * given to the first level up that has a manager, its supervisor instructs with a deadline, the case's
 * centre answers, and an answer not given in time raises the round one level.
 */
@Component("caseSupervision")
public class CaseSupervision {

    private final SupervisionMapper rounds;
    private final SupervisionLadder ladder;
    private final CaseMapper cases;
    private final CaseJournal journal;
    private final WorkingCalendar calendar;
    private final DeadlinePolicy deadlines;
    private final Workflow workflow;

    CaseSupervision(SupervisionMapper rounds, SupervisionLadder ladder, CaseMapper cases, CaseJournal journal,
                    WorkingCalendar calendar, DeadlinePolicy deadlines,
                    Workflow workflow) {
        this.rounds = rounds;
        this.ladder = ladder;
        this.cases = cases;
        this.journal = journal;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.workflow = workflow;
    }

    /** A deadline of the main flow passed: a round starts with the case's own centre. */
    public void request(DelegateExecution execution, String reason) {
        workflow.requestSupervision(execution.getProcessInstanceId(), SupervisionLevel.CENTRE.name(), reason);
    }

    /** A round starts (or is raised): its supervisors are the first level up with a manager. */
    public void open(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        SupervisionLevel level = SupervisionLevel.valueOf((String) execution.getVariableLocal(SUPERVISION_LEVEL));
        SupervisionReason reason = SupervisionReason.valueOf((String) execution.getVariableLocal(SUPERVISION_REASON));
        Long raisedFrom = (Long) execution.getVariableLocal(SUPERVISION_ID);
        String below = raisedFrom == null ? null : round(raisedFrom).supervisingCentre();
        SupervisionLadder.Supervisors supervisors = ladder.from(level, row.centreCode(), below);
        var round = new SupervisionMapper.NewRound(row.id(), reason, supervisors.level(), supervisors.centreCode(),
                supervisors.withoutManagers().isEmpty() ? null : String.join(",", supervisors.withoutManagers()),
                raisedFrom, journal.now());
        rounds.insert(round);
        execution.setVariableLocal(SUPERVISION_ID, round.id);
        execution.setVariableLocal(SUPERVISORS, supervisors.group());
        execution.setVariableLocal(ANSWER_DUE, null);
        journal.record(row.id(), EventType.SUPERVISION_OPENED, CaseTriage.SYSTEM_ACTOR, EventNote.of("supervision.opened",
                supervisorsOf(supervisors.centreCode()), passedOver(supervisors.withoutManagers())));
    }

    /** The supervisor's instruction: the centre must answer within the working days given (or the default). */
    Map<String, Object> instruct(CaseRef ref, Long roundId, SupervisionForm form, AppUser user) {
        if (roundId == null) {
            journal.record(ref.id(), EventType.SUPERVISED, user.username(), form.instruction());
            return Map.of();
        }
        int days = form.answerWithinWorkingDays() == null
                ? deadlines.supervisionAnswerWorkingDays() : form.answerWithinWorkingDays();
        LocalDateTime now = journal.now();
        LocalDateTime due = calendar.deadline(now, days);
        String lead = form.leadOfficial() == null || form.leadOfficial().isBlank() ? null : form.leadOfficial().strip();
        if (rounds.instruct(roundId, form.instruction(), lead, user.username(), now, due) != 1) {
            throw new ConflictException("case.changed");
        }
        journal.record(ref.id(), EventType.SUPERVISED, user.username(), lead == null
                ? EventNote.of("supervision.instructed", EventNote.text(form.instruction()), EventNote.date(due.toLocalDate()))
                : EventNote.of("supervision.instructedWithLead", EventNote.text(form.instruction()), EventNote.text(lead),
                        EventNote.date(due.toLocalDate())));
        return Map.of(ANSWER_DUE, journal.engineDate(due));
    }

    /** The centre's answer to the instruction. */
    Map<String, Object> answer(CaseRef ref, Long roundId, SupervisionAnswerForm form, AppUser user) {
        if (roundId == null || rounds.answer(roundId, form.answer(), user.username(), journal.now()) != 1) {
            throw new ConflictException("case.changed");
        }
        journal.record(ref.id(), EventType.SUPERVISION_ANSWERED, user.username(), form.answer());
        return Map.of();
    }

    /** The answer is late: the round lapses and the next level up is asked, if there is one. */
    public void answerOverdue(DelegateExecution execution) {
        CaseMapper.CaseRow row = caseOf(execution);
        SupervisionRound lapsed = round((Long) execution.getVariableLocal(SUPERVISION_ID));
        rounds.markLapsed(lapsed.id(), journal.now());
        SupervisionLevel next = lapsed.level().above();
        execution.setVariableLocal(SUPERVISION_LEVEL, next == null ? null : next.name());
        execution.setVariableLocal(SUPERVISION_REASON, SupervisionReason.ANSWER_OVERDUE.name());
        journal.record(row.id(), EventType.SUPERVISION_LAPSED, CaseTriage.SYSTEM_ACTOR,
                EventNote.of(next == null ? "supervision.lapsedAtTop" : "supervision.lapsed",
                        supervisorsOf(lapsed.supervisingCentre()), EventNote.date(lapsed.answerDue().toLocalDate())));
    }

    List<SupervisionRound> roundsOf(long caseId) {
        return rounds.findByCase(caseId);
    }

    private SupervisionRound round(long id) {
        return rounds.findById(id).orElseThrow(() -> new IllegalStateException("No supervision round " + id));
    }

    private static EventNote.Arg supervisorsOf(String centreCode) {
        return EventNote.note(centreCode == null ? EventNote.of("supervision.administrators")
                : EventNote.of("supervision.managersOf", EventNote.centre(centreCode)));
    }

    private static EventNote.Arg passedOver(List<String> withoutManagers) {
        return withoutManagers.isEmpty() ? EventNote.text("") : EventNote.note(EventNote.of("supervision.passedOver",
                EventNote.list(withoutManagers.stream().map(EventNote::centre).toList())));
    }

    private CaseMapper.CaseRow caseOf(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(CASE_ID);
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
    }
}
