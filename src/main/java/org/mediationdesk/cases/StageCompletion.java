package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.forms.AcceptanceForm;
import org.mediationdesk.process.forms.AgencyOpinionForm;
import org.mediationdesk.process.forms.AgreementForm;
import org.mediationdesk.process.forms.AlertAcknowledgementForm;
import org.mediationdesk.process.forms.ConfirmationApplicationForm;
import org.mediationdesk.process.forms.ConfirmationRulingForm;
import org.mediationdesk.process.forms.FollowUpForm;
import org.mediationdesk.process.forms.ManualTriageForm;
import org.mediationdesk.process.forms.MediationOutcomeForm;
import org.mediationdesk.process.forms.ReferralForm;
import org.mediationdesk.process.forms.SupervisionAnswerForm;
import org.mediationdesk.process.forms.SupervisionForm;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import static org.mediationdesk.process.ProcessVariables.*;

/**
 * Records what a stage's task asks for and returns the variables that steer the process on. The
 * caller completes the task in the same transaction, so the record and the move happen together.
 */
@Service
public class StageCompletion {

    static final String MANUAL_TRIAGE = "MANUAL";

    private final FormReader forms;
    private final CaseMapper cases;
    private final MediationRecordMapper records;
    private final CaseJournal journal;
    private final ReferenceData referenceData;
    private final DeadlinePolicy deadlines;
    private final JointMediation jointMediation;
    private final JudicialConfirmation confirmation;
    private final CaseSupervision supervision;
    private final ObjectProvider<CaseFiles> files;

    StageCompletion(FormReader forms, CaseMapper cases, MediationRecordMapper records, CaseJournal journal,
                    ReferenceData referenceData, DeadlinePolicy deadlines, JointMediation jointMediation,
                    JudicialConfirmation confirmation, CaseSupervision supervision,
                    ObjectProvider<CaseFiles> files) {
        this.files = files;
        this.forms = forms;
        this.cases = cases;
        this.records = records;
        this.journal = journal;
        this.referenceData = referenceData;
        this.deadlines = deadlines;
        this.jointMediation = jointMediation;
        this.confirmation = confirmation;
        this.supervision = supervision;
    }

    /**
     * @param stage       the stage of the task being completed
     * @param taskContext the task's own variables (the agency of an agencyOpinion task, the process's return count)
     */
    public Map<String, Object> record(Stage stage, CaseRef ref, JsonNode data, AppUser user,
                                      Map<String, Object> taskContext) {
        Object form = forms.read(data, stage.form(), read -> checks(stage, read));
        return switch (stage) {
            case ACCEPT_CASE -> accept(ref, (AcceptanceForm) form, user, taskContext);
            case TRIAGE_MANUALLY -> triageManually(ref, (ManualTriageForm) form, user);
            case MEDIATE -> mediate(ref, (MediationOutcomeForm) form, user);
            case AGENCY_OPINION -> agencyOpinion(ref, (AgencyOpinionForm) form, user, (String) taskContext.get(AGENCY));
            case RECORD_AGREEMENT -> agreement(ref, (AgreementForm) form, user);
            case JUDICIAL_CONFIRMATION -> confirmation.application(ref, (ConfirmationApplicationForm) form, user);
            case COURT_RULING -> confirmation.ruling(ref, (ConfirmationRulingForm) form, user);
            case FOLLOW_UP -> followUp(ref, (FollowUpForm) form, user);
            case REFERRAL -> referral(ref, (ReferralForm) form, user);
            case SUPERVISE_CASE, SUPERVISE_AT_COUNTY ->
                    supervision.instruct(ref, (Long) taskContext.get(SUPERVISION_ID), (SupervisionForm) form, user);
            case ANSWER_SUPERVISION ->
                    supervision.answer(ref, (Long) taskContext.get(SUPERVISION_ID), (SupervisionAnswerForm) form, user);
            case ACKNOWLEDGE_ALERT -> acknowledgeAlert(ref, (AlertAcknowledgementForm) form, user);
        };
    }

    /** Records a task being claimed or handed back. */
    public void recordTaskEvent(CaseRef ref, EventType type, AppUser user, Stage stage) {
        journal.record(ref.id(), type, user.username(), EventNote.of("task", EventNote.stage(stage)));
    }

    /** Records a manager giving a task to someone: from whom (null: the queue) to whom. */
    public void recordTaskReassigned(CaseRef ref, AppUser manager, Stage stage, String from, String to) {
        journal.record(ref.id(), EventType.REASSIGNED, manager.username(), from == null
                ? EventNote.of("taskFromQueue", EventNote.stage(stage), EventNote.user(to))
                : EventNote.of("taskReassigned", EventNote.stage(stage), EventNote.user(from), EventNote.user(to)));
    }

    /** A stage form's checks beyond its field rules, on a form whose fields may be missing (FormReader runs both). */
    private List<FieldProblem> checks(Stage stage, Object form) {
        return switch (stage) {
            case ACCEPT_CASE -> acceptanceProblems((AcceptanceForm) form);
            case RECORD_AGREEMENT -> agreementProblems((AgreementForm) form);
            default -> List.of();
        };
    }

    private List<FieldProblem> acceptanceProblems(AcceptanceForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean returning = form.decision() == AcceptanceForm.Decision.RETURN;
        boolean declining = form.decision() == AcceptanceForm.Decision.DECLINE;
        if ((returning || declining) && isBlank(form.reason())) {
            problems.add(forms.problem("reason", "form.reason.required"));
        }
        if (declining && form.declineGround() == null) {
            problems.add(forms.problem("declineGround", "form.declineGround.required"));
        }
        if (declining && isBlank(form.directedTo())) {
            problems.add(forms.problem("directedTo", "form.directedTo.required"));
        }
        return problems;
    }

    private List<FieldProblem> agreementProblems(AgreementForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.performanceDeadline() != null && form.performanceDeadline().isBefore(journal.now().toLocalDate())) {
            problems.add(forms.problem("performanceDeadline", "form.performanceDeadline.past"));
        }
        if (form.effectiveOn() != null && form.form() != null && form.judicialConfirmation() != null) {
            problems.addAll(confirmation.agreementProblems(form, confirmation.windowEnds(form.effectiveOn())));
        }
        return problems;
    }

    private Map<String, Object> accept(CaseRef ref, AcceptanceForm form, AppUser user, Map<String, Object> context) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ACCEPTANCE, form.decision().name());
        switch (form.decision()) {
            case ACCEPT -> variables.put(NOTE, transientNote(journal.carried(EventNote.of("accepted"))));
            case RETURN -> {
                journal.record(ref.id(), EventType.RETURNED, user.username(), EventNote.of("returned",
                        EventNote.centre(ref.centreCode()), EventNote.text(form.reason())));
                @SuppressWarnings("unchecked")
                List<String> excluded = new ArrayList<>((List<String>) context.getOrDefault(EXCLUDED_CENTRES, List.of()));
                excluded.add(ref.centreCode());
                variables.put(EXCLUDED_CENTRES, excluded);
                variables.put(RETURN_COUNT, ((Integer) context.getOrDefault(RETURN_COUNT, 0)) + 1);
            }
            case DECLINE -> journal.record(ref.id(), EventType.DECLINED, user.username(), EventNote.of(
                    form.declineGround() == AcceptanceForm.DeclineGround.CRIME_OR_OFFENCE ? "declinedToPolice" : "declined",
                    EventNote.label("DeclineGround", form.declineGround()), EventNote.text(form.reason()),
                    EventNote.text(form.directedTo())));
        }
        return variables;
    }

    private Map<String, Object> triageManually(CaseRef ref, ManualTriageForm form, AppUser user) {
        Centre centre = referenceData.centre(form.centreCode()).orElseThrow(() -> new InvalidRequestException(
                List.of(forms.problem("centreCode", "form.centre.unknown", form.centreCode()))));
        cases.insertDecisionRecord(new DecisionRecord(ref.id(), MANUAL_TRIAGE, "", form.reason(), centre.code(),
                "manual:" + user.username(), null, journal.now()));
        return Map.of(CENTRE_CODE, centre.code(), RETURN_COUNT, 0, EXCLUDED_CENTRES, List.of(),
                NOTE, transientNote(journal.carried(EventNote.of("triagedByHand", EventNote.centre(centre.code()),
                        EventNote.text(form.reason())))));
    }

    private Map<String, Object> mediate(CaseRef ref, MediationOutcomeForm form, AppUser user) {
        // Parties who withdraw end the mediation themselves; agreeing or failing needs the required agencies heard.
        if (form.outcome() != MediationOutcomeForm.Outcome.WITHDRAWN) {
            jointMediation.requireNoneOutstanding(ref.id());
        }
        if (records.findOpinions(ref.id()).stream().anyMatch(o -> o.status() == AgencyOpinion.Status.REQUESTED)) {
            throw new ConflictException("task.opinionsPending");
        }
        cases.recordOutcome(ref.id(), form.outcome().name(), journal.now());
        EventNote note = isBlank(form.note()) ? EventNote.of("outcome", EventNote.label("Outcome", form.outcome()))
                : EventNote.of("outcomeWithNote", EventNote.label("Outcome", form.outcome()), EventNote.text(form.note()));
        journal.record(ref.id(), EventType.OUTCOME_RECORDED, user.username(), note);
        journal.milestone(ref.id(), ref.caseNumber(), CaseMilestone.Kind.MEDIATION_ENDED, form.outcome().name());
        return Map.of(OUTCOME, form.outcome().name(), MEDIATOR, user.username(), NOTE, transientNote(journal.carried(note)));
    }

    private Map<String, Object> agencyOpinion(CaseRef ref, AgencyOpinionForm form, AppUser user, String agency) {
        records.answerOpinion(ref.id(), agency, form.opinion(), user.username(), journal.now());
        journal.record(ref.id(), EventType.AGENCY_OPINION, user.username(), EventNote.of("agencyOpinion",
                EventNote.agencies(List.of(agency)), EventNote.text(form.opinion())));
        return Map.of();
    }

    private Map<String, Object> agreement(CaseRef ref, AgreementForm form, AppUser user) {
        LocalDateTime now = journal.now();
        LocalDateTime windowEnds = confirmation.windowEnds(form.effectiveOn());
        records.insertAgreement(ref.id(), form.terms(), form.amount(), form.performanceDeadline(), form.form().name(),
                form.effectiveOn(), form.judicialConfirmation(), form.judicialConfirmation() ? windowEnds : null,
                isBlank(form.performanceMethod()) ? null : form.performanceMethod().trim(), user.username(), now);
        journal.record(ref.id(), EventType.AGREEMENT_RECORDED, user.username(), EventNote.of("agreement",
                EventNote.text(form.terms()), EventNote.date(form.effectiveOn())));
        journal.milestone(ref.id(), ref.caseNumber(), CaseMilestone.Kind.AGREEMENT_RECORDED, null);
        LocalDateTime followUp = deadlines.followUpAfterAgreement() == null
                ? form.performanceDeadline().atStartOfDay() : now.plus(deadlines.followUpAfterAgreement());
        return Map.of(CONFIRMATION_REQUESTED, form.judicialConfirmation(),
                CONFIRMATION_WINDOW_ENDS, journal.engineDate(windowEnds),
                FOLLOW_UP_DUE, journal.engineDate(followUp));
    }

    private Map<String, Object> followUp(CaseRef ref, FollowUpForm form, AppUser user) {
        if (form.performed()) {
            requireSignedAgreement(ref);
        }
        records.recordFollowUp(ref.id(), form.performed(), form.applicantSatisfaction(), form.respondentSatisfaction(),
                form.note(), user.username(), journal.now());
        journal.record(ref.id(), EventType.FOLLOWED_UP, user.username(), EventNote.of(
                (form.performed() ? "followedUp.performed" : "followedUp.notPerformed") + (isBlank(form.note()) ? "" : "WithNote"),
                EventNote.text(String.valueOf(form.applicantSatisfaction())),
                EventNote.text(String.valueOf(form.respondentSatisfaction())),
                EventNote.text(isBlank(form.note()) ? "" : form.note())));
        return Map.of(PERFORMED, form.performed());
    }

    private Map<String, Object> referral(CaseRef ref, ReferralForm form, AppUser user) {
        requireSignedAgreement(ref);
        records.insertReferral(ref.id(), new Referral(form.referredTo().name(), form.body(), form.note(),
                user.username(), journal.now()));
        journal.record(ref.id(), EventType.REFERRED, user.username(), EventNote.of("referred",
                EventNote.label("ReferredTo", form.referredTo()), EventNote.text(form.body())));
        journal.milestone(ref.id(), ref.caseNumber(), CaseMilestone.Kind.REFERRED, form.referredTo().name());
        return Map.of();
    }

    /** A case that closes after a written agreement keeps the agreement's signed scan (issue 18; a setting). */
    private void requireSignedAgreement(CaseRef ref) {
        boolean written = records.findAgreement(ref.id()).map(a -> "WRITTEN".equals(a.agreementForm())).orElse(false);
        CaseFiles caseFiles = files.getIfAvailable();
        if (written && caseFiles != null && caseFiles.signedAgreementMissing(ref.id())) {
            throw new ConflictException("case.signedAgreementMissing");
        }
    }

    private Map<String, Object> acknowledgeAlert(CaseRef ref, AlertAcknowledgementForm form, AppUser user) {
        journal.record(ref.id(), EventType.POLICE_ACKNOWLEDGED, user.username(), isBlank(form.note())
                ? EventNote.of("policeAcknowledged", EventNote.centre(ref.policeDesk()))
                : EventNote.of("policeAcknowledgedWithNote", EventNote.centre(ref.policeDesk()), EventNote.text(form.note())));
        return Map.of();
    }


    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
