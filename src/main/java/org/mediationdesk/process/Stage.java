package org.mediationdesk.process;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

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
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;

/**
 * The user tasks of the dispute process: each one's id in the BPMN, who may do it and the form it
 * asks for. Managers supervise (督办; administrators too, when no manager is left to) and triage by
 * hand; mediators and managers do the rest, with an agency's staff giving its opinion and police contacts
 * acknowledging an alert.
 */
public enum Stage {

    ACCEPT_CASE("acceptCase", Holder.CENTRE, AcceptanceForm.class),
    TRIAGE_MANUALLY("triageManually", Holder.SUPERVISORS, ManualTriageForm.class),
    MEDIATE("mediate", Holder.MEDIATOR, MediationOutcomeForm.class),
    AGENCY_OPINION("agencyOpinion", Holder.CENTRE_OR_AGENCY, AgencyOpinionForm.class),
    RECORD_AGREEMENT("recordAgreement", Holder.MEDIATOR, AgreementForm.class),
    JUDICIAL_CONFIRMATION("judicialConfirmation", Holder.MEDIATOR, ConfirmationApplicationForm.class),
    COURT_RULING("courtRuling", Holder.MEDIATOR, ConfirmationRulingForm.class),
    FOLLOW_UP("followUp", Holder.MEDIATOR, FollowUpForm.class),
    REFERRAL("referral", Holder.MEDIATOR, ReferralForm.class),
    SUPERVISE_CASE("superviseCase", Holder.SUPERVISORS, SupervisionForm.class),
    ANSWER_SUPERVISION("answerSupervision", Holder.CENTRE, SupervisionAnswerForm.class),
    /** Only in process versions deployed before supervision had an answer (V21), for their open tasks. */
    SUPERVISE_AT_COUNTY("superviseAtCounty", Holder.MANAGERS, SupervisionForm.class, true),
    ACKNOWLEDGE_ALERT("acknowledgeAlert", Holder.CENTRE_OR_POLICE, AlertAcknowledgementForm.class);

    private final String id;
    private final Holder holder;
    private final Class<?> form;
    private final boolean retired;

    Stage(String id, Holder holder, Class<?> form) {
        this(id, holder, form, false);
    }

    Stage(String id, Holder holder, Class<?> form, boolean retired) {
        this.id = id;
        this.holder = holder;
        this.form = form;
        this.retired = retired;
    }

    /** A stage of earlier process versions only, kept for the tasks their running instances still have. */
    public boolean retired() {
        return retired;
    }

    /** The user task's id in processes/dispute-mediation.bpmn. */
    public String id() {
        return id;
    }

    /** The record its completion takes (the task API's body). */
    public Class<?> form() {
        return form;
    }

    public Set<Role> roles() {
        return holder.roles;
    }

    public boolean mayBeDoneBy(AppUser user) {
        return holder.roles.stream().anyMatch(user::has);
    }

    /** 督办 and manual triage: stages no mediator holds. */
    public boolean managersOnly() {
        return holder == Holder.MANAGERS || holder == Holder.SUPERVISORS;
    }

    /**
     * Whoever holds a task of this stage holds the case. Acceptance is not among them: the centre accepts, and
     * the assignment rules choose the mediator when mediation starts.
     */
    public boolean holdsTheCase() {
        return holder == Holder.MEDIATOR;
    }

    public static Optional<Stage> byId(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst();
    }

    /** The stage of a task of the dispute process; every user task has one (StageTest). */
    public static Stage of(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("No stage " + id + " in the dispute process"));
    }

    /**
     * Who does a stage's task: its centre, the mediator who holds the case, or managers only; an opinion also
     * the asked agency's staff, an acknowledgement also the alerted desk's police contacts.
     */
    private enum Holder {
        CENTRE(Set.of(Role.MEDIATOR, Role.MANAGER)),
        CENTRE_OR_AGENCY(Set.of(Role.MEDIATOR, Role.MANAGER, Role.AGENCY)),
        CENTRE_OR_POLICE(Set.of(Role.MEDIATOR, Role.MANAGER, Role.POLICE)),
        MEDIATOR(Set.of(Role.MEDIATOR, Role.MANAGER)),
        MANAGERS(Set.of(Role.MANAGER)),
        SUPERVISORS(Set.of(Role.MANAGER, Role.ADMIN));

        private final Set<Role> roles;

        Holder(Set<Role> roles) {
            this.roles = roles;
        }
    }
}
