package org.mediationdesk.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.cases.AgreementParties;
import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseActions;
import org.mediationdesk.cases.CaseClock;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.DeadlinePolicy;
import org.mediationdesk.cases.JointMediation;
import org.mediationdesk.cases.PartyDetailsEditing;
import org.mediationdesk.cases.PublicCases;
import org.mediationdesk.cases.RequiredAgency;
import org.mediationdesk.cases.SessionPlanning;
import org.mediationdesk.cases.Sex;
import org.mediationdesk.cases.forms.PauseForm;
import org.mediationdesk.documents.CaseDocuments;
import org.mediationdesk.notifications.MessagePreferences;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.forms.AcceptanceForm;
import org.mediationdesk.process.forms.AgreementForm;
import org.mediationdesk.process.forms.ConfirmationRulingForm;
import org.mediationdesk.process.forms.MediationOutcomeForm;
import org.mediationdesk.process.forms.ReferralForm;
import org.mediationdesk.reference.Agency;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.tasks.OpenTasks;
import org.mediationdesk.tasks.TaskWork;
import org.mediationdesk.web.Flash;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page and its actions. Each action posts a small form that becomes the JSON body the API
 * takes ({@link FormData}) and calls the API's service; a rejected form comes back with each problem
 * beside its field and the values kept; a refused action (another centre, wrong role) is the 403 page.
 */
@Controller
@RequestMapping("/cases/{caseNumber}")
class CasePageController {

    static final String VIEW = "casefile/show";
    private static final Set<String> PLAN_LISTS = Set.of("invitedRoles", "invitedAgencies");

    private final CaseQueries queries;
    private final CaseAccess access;
    private final AgreementParties parties;
    private final OpenTasks openTasks;
    private final TaskWork taskWork;
    private final CaseActions caseActions;
    private final CaseClock caseClock;
    private final JointMediation jointMediation;
    private final CentreScope centreScope;
    private final ReferenceData referenceData;
    private final SessionPlanning sessionPlanning;
    private final DeadlinePolicy deadlines;
    private final CaseDocuments documents;
    private final PartyDetailsEditing partyDetails;
    private final MessagePreferences messagePreferences;
    private final PublicCases publicCases;

    CasePageController(CaseQueries queries, CaseAccess access, AgreementParties parties, OpenTasks openTasks,
                       TaskWork taskWork, CaseActions caseActions, CaseClock caseClock, JointMediation jointMediation,
                       CentreScope centreScope, ReferenceData referenceData, SessionPlanning sessionPlanning,
                       DeadlinePolicy deadlines, CaseDocuments documents, PartyDetailsEditing partyDetails,
                       MessagePreferences messagePreferences, PublicCases publicCases) {
        this.messagePreferences = messagePreferences;
        this.publicCases = publicCases;
        this.documents = documents;
        this.partyDetails = partyDetails;
        this.queries = queries;
        this.access = access;
        this.parties = parties;
        this.openTasks = openTasks;
        this.taskWork = taskWork;
        this.caseActions = caseActions;
        this.caseClock = caseClock;
        this.jointMediation = jointMediation;
        this.centreScope = centreScope;
        this.referenceData = referenceData;
        this.sessionPlanning = sessionPlanning;
        this.deadlines = deadlines;
    }

    @GetMapping
    String show(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user, Model model) {
        return show(caseNumber, user, model, parties.shownTo(caseNumber, user), false);
    }

    /**
     * 显示完整信息: the case's own staff see the parties' ID numbers and phones whole on this page (recorded as
     * an access record); everyone else gets 403. The page is answered directly, so a reload shows them masked.
     */
    @PostMapping("/parties/shown")
    String showParties(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user, Model model) {
        return show(caseNumber, user, model, parties.unmaskedFor(caseNumber, user, null), true);
    }

    private String show(String caseNumber, AppUser user, Model model, List<AgreementParties.Party> shownParties,
                        boolean partiesWhole) {
        CaseView view = queries.find(caseNumber, user);
        CaseRef ref = access.visibleCase(caseNumber, user);
        var tasks = openTasks.ofCase(ref, user);
        boolean workable = (user.has(Role.MEDIATOR) || user.has(Role.MANAGER)) && centreScope.canSee(user, ref.centreCode());
        model.addAttribute("c", view);
        model.addAttribute("documents", documents.availableFor(caseNumber, user));
        model.addAttribute("detailsEditable", workable && PartyDetailsEditing.EDITABLE.contains(view.status()));
        model.addAttribute("partyDetails", workable ? parties.detailsOnPage(caseNumber, user, partiesWhole) : List.of());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("parties", shownParties);
        model.addAttribute("receivesTexts", messagePreferences.receivesTexts(ref));
        model.addAttribute("textsEditable", MessagePreferences.mayRecordConsent(user) && centreScope.canSee(user, ref.centreCode()));
        model.addAttribute("partiesWhole", partiesWhole);
        model.addAttribute("partiesRevealable", !partiesWhole && AgreementParties.ownStaff(ref, user));
        model.addAttribute("partyRoles", shownParties.stream().map(AgreementParties.Party::role).distinct().sorted().toList());
        model.addAttribute("plannedSessions", sessionPlanning.ofCase(caseNumber, user));
        model.addAttribute("partyRatings", publicCases.ratingsOf(caseNumber));
        model.addAttribute("plansWorkable", workable);
        model.addAttribute("filesAddable", workable || user.has(Role.AGENCY));
        model.addAttribute("tasks", tasks);
        boolean inMediation = workable && tasks.stream().anyMatch(t -> Stage.MEDIATE.id().equals(t.stage()));
        model.addAttribute("caseActionsAllowed", inMediation);
        List<RequiredAgency> notAsked = view.requiredAgencies().stream()
                .filter(agency -> agency.state() == RequiredAgency.State.NOT_ASKED).toList();
        model.addAttribute("notAskedAgencies", notAsked.stream().map(agency -> agency.agency().code()).toList());
        model.addAttribute("waivableAgencies", inMediation && user.has(Role.MANAGER) ? notAsked : List.of());
        model.addAttribute("centres", referenceData.centres());
        model.addAttribute("agencies", referenceData.agencies());
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("agencyNames", referenceData.agencies().stream().collect(Collectors.toMap(
                Agency::code, agency -> english && agency.nameEn() != null ? agency.nameEn() : agency.nameZh())));
        model.addAttribute("acceptanceDecisions", AcceptanceForm.Decision.values());
        model.addAttribute("declineGrounds", AcceptanceForm.DeclineGround.values());
        model.addAttribute("outcomes", MediationOutcomeForm.Outcome.values());
        model.addAttribute("agreementForms", AgreementForm.Form.values());
        model.addAttribute("confirmationDecisions", ConfirmationRulingForm.Decision.values());
        model.addAttribute("referralTargets", ReferralForm.ReferredTo.values());
        model.addAttribute("pauseReasons", PauseForm.Reason.values());
        model.addAttribute("supervisionAnswerDays", deadlines.supervisionAnswerWorkingDays());
        if (!model.containsAttribute("failedForm")) {
            model.addAttribute("failedForm", "");
            model.addAttribute("submitted", Map.of());
            model.addAttribute("errors", Map.of());
        }
        return VIEW;
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String caseNumber, @PathVariable String taskId, @AuthenticationPrincipal AppUser user,
                 RedirectAttributes redirect) {
        return act(caseNumber, redirect, "case.page.done.claimed", () -> taskWork.claim(taskId, user));
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String caseNumber, @PathVariable String taskId, @AuthenticationPrincipal AppUser user,
                   RedirectAttributes redirect) {
        return act(caseNumber, redirect, "case.page.done.unclaimed", () -> taskWork.unclaim(taskId, user));
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable String caseNumber, @PathVariable String taskId,
                    @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal AppUser user,
                    Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, taskId, form, user, model, redirect, "case.page.done.completed",
                () -> taskWork.complete(taskId, data, user));
    }

    @PostMapping("/sessions")
    String recordSession(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                         @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "session", form, user, model, redirect, "case.page.done.session",
                () -> caseActions.recordSession(caseNumber, data, user));
    }

    @PostMapping("/parties/{partyNo}/details")
    String updatePartyDetails(@PathVariable String caseNumber, @PathVariable int partyNo,
                              @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal AppUser user,
                              Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "party-" + partyNo, form, user, model, redirect, "case.page.done.partyDetails",
                () -> partyDetails.update(caseNumber, partyNo, data, user));
    }

    /** A party said they want no text messages, or want them again (改为拒收/恢复接收短信). */
    @PostMapping("/parties/{partyNo}/messages")
    String setTextMessages(@PathVariable String caseNumber, @PathVariable int partyNo, @RequestParam boolean sms,
                           @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        return act(caseNumber, redirect, sms ? "case.page.done.textsOn" : "case.page.done.textsOff",
                () -> messagePreferences.setSmsConsent(caseNumber, partyNo, sms, user));
    }

    @PostMapping("/planned-sessions")
    String planSession(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                       @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, PLAN_LISTS);
        return act(caseNumber, "plan", form, user, model, redirect, "case.page.done.plan",
                () -> sessionPlanning.plan(caseNumber, data, user));
    }

    @PostMapping("/planned-sessions/{planId}/reschedule")
    String reschedule(@PathVariable String caseNumber, @PathVariable long planId,
                      @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal AppUser user,
                      Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, PLAN_LISTS);
        return act(caseNumber, "reschedule-" + planId, form, user, model, redirect, "case.page.done.reschedule",
                () -> sessionPlanning.reschedule(caseNumber, planId, data, user));
    }

    @PostMapping("/planned-sessions/{planId}/cancel")
    String cancelSession(@PathVariable String caseNumber, @PathVariable long planId,
                         @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal AppUser user,
                         Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "cancel-" + planId, form, user, model, redirect, "case.page.done.cancelSession",
                () -> sessionPlanning.cancel(caseNumber, planId, data, user));
    }

    @PostMapping("/planned-sessions/{planId}/held")
    String recordHeld(@PathVariable String caseNumber, @PathVariable long planId,
                      @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal AppUser user,
                      Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "held-" + planId, form, user, model, redirect, "case.page.done.session",
                () -> sessionPlanning.recordHeld(caseNumber, planId, data, user));
    }

    @PostMapping("/agencies")
    String requestAgencies(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                           @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of("agencies"));
        return act(caseNumber, "agencies", form, user, model, redirect, "case.page.done.agencies",
                () -> caseActions.requestAgencies(caseNumber, data, user));
    }

    @PostMapping("/agency-waivers")
    String waiveAgency(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                       @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "waiver", form, user, model, redirect, "case.page.done.waiver",
                () -> jointMediation.waive(caseNumber, data, user));
    }

    @PostMapping("/transfer")
    String transfer(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                    @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        String next = act(caseNumber, "transfer", form, user, model, redirect, "case.page.done.transfer",
                () -> caseActions.transfer(caseNumber, data, user));
        // A case sent to a centre the user does not serve is no longer theirs to open: back to their tasks.
        return next.startsWith("redirect:") && !access.isVisible(caseNumber, user) ? "redirect:/tasks" : next;
    }

    @PostMapping("/pause")
    String pause(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                 @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "pause", form, user, model, redirect, "case.page.done.pause",
                () -> caseClock.pause(caseNumber, data, user));
    }

    @PostMapping("/resume")
    String resume(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        return act(caseNumber, redirect, "case.page.done.resume", () -> caseClock.resume(caseNumber, user));
    }

    @PostMapping("/extension")
    String extend(@PathVariable String caseNumber, @RequestParam MultiValueMap<String, String> form,
                  @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        JsonNode data = FormData.toJson(form, Set.of());
        return act(caseNumber, "extension", form, user, model, redirect, "case.page.done.extension",
                () -> caseClock.extend(caseNumber, data, user));
    }

    /** An action without a form: done, or refused with the reason as a message. */
    private String act(String caseNumber, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, doneKey);
        } catch (ConflictException e) {
            Flash.danger(redirect, e.messageKey(), e.args());
        }
        return "redirect:/cases/" + caseNumber;
    }

    /** An action with a form: done; its form again with the problems beside the fields; or refused. */
    private String act(String caseNumber, String formId, MultiValueMap<String, String> form, AppUser user, Model model,
                       RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            return act(caseNumber, redirect, doneKey, action);
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : e.problems()) {
                errors.merge(problem.field() == null ? "" : problem.field().replaceAll("\\[\\d+]$", ""),
                        problem.message(), (a, b) -> a + "；" + b);
            }
            model.addAttribute("failedForm", formId);
            model.addAttribute("submitted", form.toSingleValueMap());
            model.addAttribute("errors", errors);
            return show(caseNumber, user, model);
        }
    }
}
