package org.mediationdesk.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.mediationdesk.cases.PublicCases;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.system.IdempotencyKeyReusedException;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 网上申请 at phone width: the phone is verified first (a code by text message), then the form; on success the case
 * number and the QR code of its status page, shown only to the session that applied.
 */
@Controller
class PublicApplicationController {

    static final String HOME_VIEW = "portal/home";
    static final String FORM_VIEW = "portal/apply";
    static final String APPLIED_VIEW = "portal/applied";
    private static final String FORM = "application";
    private static final Set<String> FIELDS = Set.of("type", "countyCode", "township", "description", "occurredOn",
            "applicantName", "applicantIdNumber", "respondentName", "respondentPhone", "submissionKey");

    private final OnlineApplications applications;
    private final PublicSession publicSession;
    private final PublicCases publicCases;
    private final ReferenceData referenceData;
    private final PortalSettings settings;
    private final Clock clock;

    PublicApplicationController(OnlineApplications applications, PublicSession publicSession,
                                PublicCases publicCases,
                                ReferenceData referenceData, PortalSettings settings, Clock clock) {
        this.applications = applications;
        this.publicSession = publicSession;
        this.publicCases = publicCases;
        this.referenceData = referenceData;
        this.settings = settings;
        this.clock = clock;
    }

    @InitBinder(FORM)
    void blankTextIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @GetMapping("/public")
    String home() {
        return HOME_VIEW;
    }

    @GetMapping("/public/apply")
    String form(HttpSession session, Model model) {
        var phone = publicSession.verifiedPhone(session);
        if (phone.isEmpty()) {
            var pending = publicSession.pendingPhone(session);
            return pending.isPresent() ? PhoneSteps.code(model, PhoneSteps.APPLY, pending.get(), null)
                    : PhoneSteps.phone(model, PhoneSteps.APPLY, null, null);
        }
        ApplicationForm form = new ApplicationForm();
        form.setOccurredOn(LocalDate.now(clock));
        form.setSubmissionKey(UUID.randomUUID().toString());
        model.addAttribute(FORM, form);
        choices(model, phone.get());
        return FORM_VIEW;
    }

    @PostMapping("/public/apply")
    String apply(@ModelAttribute(FORM) ApplicationForm form, BindingResult result, HttpSession session, Model model) {
        var phone = publicSession.verifiedPhone(session);
        if (phone.isEmpty()) {
            return "redirect:/public/apply";
        }
        choices(model, phone.get());
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        String caseNumber;
        try {
            caseNumber = applications.apply(form, phone.get());
        } catch (InvalidRequestException refused) {
            refused.problems().forEach(problem -> reject(result, problem.field(), problem.message()));
            return FORM_VIEW;
        } catch (IdempotencyKeyReusedException alreadySubmitted) {
            form.setSubmissionKey(UUID.randomUUID().toString());
            result.reject("register.alreadySubmitted");
            return FORM_VIEW;
        }
        publicSession.applied(session, caseNumber);
        // The applicant follows their new case without another code: their phone is the one just verified.
        publicCases.partyWithPhone(caseNumber, phone.get()).ifPresent(party -> publicSession.lookedUp(session, party));
        return "redirect:/public/applications/" + caseNumber;
    }

    @GetMapping("/public/applications/{caseNumber}")
    String applied(@PathVariable String caseNumber, HttpSession session, Model model) {
        if (!publicSession.hasApplied(session, caseNumber)) {
            return "redirect:/public";
        }
        String link = settings.statusLink(caseNumber);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("statusLink", link);
        model.addAttribute("qrCode", QrCodes.pngDataUri(link));
        return APPLIED_VIEW;
    }

    private void choices(Model model, String phone) {
        model.addAttribute("maskedPhone", PhoneSteps.masked(phone));
        model.addAttribute("disputeTypes", referenceData.disputeTypes());
        model.addAttribute("counties", referenceData.regions().stream()
                .filter(region -> "COUNTY".equals(region.regionLevel())).toList());
        model.addAttribute("townships", referenceData.regions().stream()
                .filter(region -> "TOWNSHIP".equals(region.regionLevel())).toList());
    }

    /** Beside its field when the form has one (a party's name is the applicant's or respondent's), else on top. */
    private static void reject(BindingResult result, String path, String message) {
        String plain = path == null ? "" : path.replaceAll("\\[\\d+]$", "");
        String field = switch (plain) {
            case "parties[0].name" -> "applicantName";
            case "parties[0].idNumber" -> "applicantIdNumber";
            case "parties[1].name" -> "respondentName";
            case "parties[1].phone" -> "respondentPhone";
            default -> plain;
        };
        if (!FIELDS.contains(field)) {
            result.reject("invalid", message);
        } else if (!result.hasFieldErrors(field)) {
            result.rejectValue(field, "invalid", message);
        }
    }
}
