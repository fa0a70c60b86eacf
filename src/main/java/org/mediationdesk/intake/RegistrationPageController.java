package org.mediationdesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.cases.Sex;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.IdempotencyKeyReusedException;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register-a-dispute page: the API's fields and validation ({@link RegistrationValidator}: the field
 * rules and the checks against the reference data, reported together), a repeat-dispute warning before
 * saving, then {@link CaseRegistrationService} and the case page.
 */
@Controller
@RequestMapping("/cases/new")
class RegistrationPageController {

    static final String VIEW = "cases/register";
    private static final String FORM = "dispute";

    private final CaseRegistrationService registration;
    private final RegistrationValidator registrationValidator;
    private final RepeatDisputes repeatDisputes;
    private final ReferenceData referenceData;
    private final Clock clock;

    RegistrationPageController(CaseRegistrationService registration, RegistrationValidator registrationValidator,
                               RepeatDisputes repeatDisputes, ReferenceData referenceData,
                               Clock clock) {
        this.registration = registration;
        this.registrationValidator = registrationValidator;
        this.repeatDisputes = repeatDisputes;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @InitBinder(FORM)
    void blankTextIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("disputeTypes", referenceData.disputeTypes());
        List<Region> counties = referenceData.regions().stream().filter(r -> "COUNTY".equals(r.regionLevel())).toList();
        model.addAttribute("counties", counties);
        model.addAttribute("townships", referenceData.regions().stream()
                .filter(r -> "TOWNSHIP".equals(r.regionLevel())).toList());
        model.addAttribute("sources", DisputeSource.values());
        model.addAttribute("riskIndicatorChoices", RiskIndicator.values());
        model.addAttribute("courtStages", CourtStage.values());
        model.addAttribute("partyRoles", PartyRole.values());
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("vulnerabilityChoices", Vulnerability.values());
    }

    @GetMapping
    String form(Model model, @AuthenticationPrincipal AppUser user) {
        RegistrationForm form = new RegistrationForm();
        form.setSource(DisputeSource.WALK_IN);
        form.setCountyCode(user.centreCode() == null ? null
                : referenceData.centre(user.centreCode()).map(Centre::countyCode).orElse(null));
        form.setOccurredOn(LocalDate.now(clock));
        form.setParties(new ArrayList<>(List.of(new RegistrationForm.PartyForm(PartyRole.APPLICANT),
                new RegistrationForm.PartyForm(PartyRole.RESPONDENT))));
        form.setSubmissionKey(UUID.randomUUID().toString());
        model.addAttribute(FORM, form);
        return VIEW;
    }

    /** Adds a party row; the form comes back as typed, unchecked. */
    @PostMapping(params = "addParty")
    String addParty(@ModelAttribute(FORM) RegistrationForm form) {
        form.getParties().add(new RegistrationForm.PartyForm(PartyRole.RESPONDENT));
        return VIEW;
    }

    @PostMapping(params = "removeParty")
    String removeParty(@ModelAttribute(FORM) RegistrationForm form, int removeParty) {
        if (removeParty >= 0 && removeParty < form.getParties().size()) {
            form.getParties().remove(removeParty);
        }
        return VIEW;
    }

    @PostMapping
    String register(@ModelAttribute(FORM) RegistrationForm form, BindingResult result, Model model,
                    @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        // A value that could not be read (letters in a number) is already a field error: the checks below
        // add the others, and the form comes back once with all of them.
        RegisterCaseRequest request = form.toRequest();
        try {
            registrationValidator.validate(request);
            if (result.hasErrors()) {
                return VIEW;
            }
            if (!form.isRepeatConfirmed()) {
                var earlier = repeatDisputes.earlierCases(request.parties());
                if (!earlier.isEmpty()) {
                    model.addAttribute("earlierCases", earlier);
                    return VIEW;
                }
            }
            String caseNumber = registration.register(request, form.getSubmissionKey(), user).caseNumber();
            Flash.success(redirect, "register.saved", caseNumber);
            return "redirect:/cases/" + caseNumber;
        } catch (InvalidRequestException e) {
            e.problems().forEach(problem -> reject(result, problem.field(), problem.message()));
            return VIEW;
        } catch (IdempotencyKeyReusedException alreadyRegistered) {
            form.setSubmissionKey(UUID.randomUUID().toString());
            result.reject("register.alreadySubmitted");
            return VIEW;
        }
    }

    /** Puts a problem beside its field; one the form has no field for goes above the form. */
    private static void reject(BindingResult result, String path, String message) {
        String field = path == null ? null : path.replace(".<list element>", "");
        if (field == null || field.isEmpty() || result.hasFieldErrors(field)) {
            if (field == null || field.isEmpty()) {
                result.reject("invalid", message);
            }
            return;
        }
        try {
            result.rejectValue(field, "invalid", message);
        } catch (NotReadablePropertyException noSuchField) {
            result.reject("invalid", message);
        }
    }
}
