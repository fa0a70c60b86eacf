package org.mediationdesk.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.process.forms.AgreementForm;
import org.mediationdesk.process.forms.ConfirmationApplicationForm;
import org.mediationdesk.process.forms.ConfirmationRulingForm;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.stereotype.Component;

import static org.mediationdesk.process.ProcessVariables.CONFIRMATION_APPLIED;
import static org.mediationdesk.process.ProcessVariables.CONFIRMATION_RULING_DUE;
import static org.mediationdesk.process.ProcessVariables.NOTE;
import static org.mediationdesk.process.ProcessVariables.transientNote;

/**
 * 司法确认 (人民调解法 第三十三条, 民事诉讼法 第二百零五条): a written agreement's parties may apply to a court
 * within 30 days of the agreement taking effect, counted as procedural law counts periods (民事诉讼法 第八十五条):
 * from the day after, and a last day that is a weekend or holiday moves to the next working day. The dates
 * follow each other: took effect ≤ applied ≤ ruled ≤ today.
 */
@Component
class JudicialConfirmation {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final FormReader forms;
    private final MediationRecordMapper records;
    private final CaseJournal journal;
    private final WorkingCalendar calendar;
    private final DeadlinePolicy deadlines;

    JudicialConfirmation(FormReader forms, MediationRecordMapper records, CaseJournal journal, WorkingCalendar calendar,
                         DeadlinePolicy deadlines) {
        this.forms = forms;
        this.records = records;
        this.journal = journal;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** The end (23:59:59) of the days the parties have to apply for an agreement that took effect on {@code effectiveOn}. */
    LocalDateTime windowEnds(LocalDate effectiveOn) {
        return calendar.periodEnd(effectiveOn.atStartOfDay(), deadlines.confirmationWindow());
    }

    /** What an agreement's dates and its intent to apply must satisfy; empty when they do. */
    List<FieldProblem> agreementProblems(AgreementForm form, LocalDateTime windowEnds) {
        LocalDateTime now = journal.now();
        List<FieldProblem> problems = new ArrayList<>();
        if (form.effectiveOn().isAfter(now.toLocalDate())) {
            problems.add(forms.problem("effectiveOn", "form.effectiveOn.future"));
        }
        if (form.judicialConfirmation() && form.form() == AgreementForm.Form.ORAL) {
            problems.add(forms.problem("judicialConfirmation", "form.judicialConfirmation.oral"));
        } else if (form.judicialConfirmation() && windowEnds.isBefore(now)) {
            problems.add(forms.problem("judicialConfirmation", "form.judicialConfirmation.windowClosed",
                    windowEnds.toLocalDate().toString()));
        }
        return problems;
    }

    /** judicialConfirmation: the parties applied (day, court), or told the mediator they will not. */
    Map<String, Object> application(CaseRef ref, ConfirmationApplicationForm form, AppUser user) {
        if (!form.applied()) {
            EventNote note = EventNote.of("confirmationNotApplied");
            journal.record(ref.id(), EventType.CONFIRMATION_NOT_APPLIED, user.username(), note);
            return Map.of(CONFIRMATION_APPLIED, false, NOTE, transientNote(journal.carried(note)));
        }
        Agreement agreement = agreementOf(ref);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate appliedOn = form.appliedOn();
        if (appliedOn == null) {
            problems.add(forms.problem("appliedOn", "form.appliedOn.required"));
        } else if (appliedOn.isBefore(agreement.effectiveOn())) {
            problems.add(forms.problem("appliedOn", "form.appliedOn.beforeEffective", agreement.effectiveOn().toString()));
        } else if (appliedOn.isAfter(journal.now().toLocalDate())) {
            problems.add(forms.problem("appliedOn", "form.appliedOn.future"));
        } else if (agreement.confirmationWindowEnds() != null
                && appliedOn.isAfter(agreement.confirmationWindowEnds().toLocalDate())) {
            problems.add(forms.problem("appliedOn", "form.appliedOn.afterWindow",
                    agreement.confirmationWindowEnds().toLocalDate().toString()));
        }
        if (form.court() == null || form.court().isBlank()) {
            problems.add(forms.problem("court", "form.court.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String court = form.court().strip();
        records.recordConfirmationApplication(ref.id(), appliedOn, court);
        journal.record(ref.id(), EventType.CONFIRMATION_APPLIED, user.username(), EventNote.of("confirmationApplied",
                EventNote.date(appliedOn), EventNote.text(court)));
        LocalDateTime rulingDue = calendar.periodEnd(appliedOn.atStartOfDay(), deadlines.confirmationRuling());
        return Map.of(CONFIRMATION_APPLIED, true, CONFIRMATION_RULING_DUE, journal.engineDate(rulingDue));
    }

    /** courtRuling: the court confirmed or rejected the agreement, or the parties withdrew their application. */
    Map<String, Object> ruling(CaseRef ref, ConfirmationRulingForm form, AppUser user) {
        Agreement agreement = agreementOf(ref);
        String caseNumber = form.courtCaseNumber() == null || form.courtCaseNumber().isBlank()
                ? null : form.courtCaseNumber().strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (caseNumber == null && form.decision() != ConfirmationRulingForm.Decision.WITHDRAWN) {
            problems.add(forms.problem("courtCaseNumber", "form.courtCaseNumber.required"));
        }
        LocalDate earliest = agreement.confirmationAppliedOn() != null
                ? agreement.confirmationAppliedOn() : agreement.effectiveOn();
        if (form.decidedOn().isBefore(earliest)) {
            problems.add(forms.problem("decidedOn", "form.decidedOn.beforeApplication", earliest.toString()));
        } else if (form.decidedOn().isAfter(journal.now().toLocalDate())) {
            problems.add(forms.problem("decidedOn", "form.decidedOn.future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        records.recordConfirmation(ref.id(), form.decision().name(), caseNumber, form.decidedOn());
        EventNote note = EventNote.of("confirmationDecided",
                EventNote.text((agreement.confirmationCourt() == null ? "" : agreement.confirmationCourt())
                        + (caseNumber == null ? "" : caseNumber)),
                EventNote.label("ConfirmationDecision", form.decision()), EventNote.date(form.decidedOn()));
        journal.record(ref.id(), EventType.CONFIRMATION_DECIDED, user.username(), note);
        journal.milestone(ref.id(), ref.caseNumber(), CaseMilestone.Kind.CONFIRMATION_DECIDED, form.decision().name());
        return Map.of(NOTE, transientNote(journal.carried(note)));
    }

    private Agreement agreementOf(CaseRef ref) {
        return records.findAgreement(ref.id())
                .orElseThrow(() -> new IllegalStateException("Case " + ref.caseNumber() + " has no agreement"));
    }
}
