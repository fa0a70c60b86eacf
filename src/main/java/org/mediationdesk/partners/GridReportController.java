package org.mediationdesk.partners;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.IdempotencyKeyReusedException;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 网格上报, made for a phone: the report form (the browser may fill in the coordinates, the camera the photo) and
 * the grid worker's own reports with their status. Problems come back beside their fields.
 */
@Controller
@RequestMapping("/grid/reports")
class GridReportController {

    static final String FORM_VIEW = "partners/grid-report";
    static final String LIST_VIEW = "partners/grid-reports";
    private static final String FORM = "report";
    private static final Set<String> FIELDS = Set.of("type", "countyCode", "township", "village", "description",
            "occurredOn", "peopleInvolved", "applicantName", "applicantPhone", "respondentName", "riskIndicators",
            "grid", "locationText", "latitude", "longitude", "submissionKey");

    private final GridReports reports;
    private final ReferenceData referenceData;
    private final Clock clock;

    GridReportController(GridReports reports, ReferenceData referenceData, Clock clock) {
        this.reports = reports;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @InitBinder(FORM)
    void blankTextIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setAllowedFields(FIELDS.toArray(String[]::new));
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("disputeTypes", referenceData.disputeTypes());
        model.addAttribute("counties", referenceData.regions().stream()
                .filter(region -> "COUNTY".equals(region.regionLevel())).toList());
        model.addAttribute("townships", referenceData.regions().stream()
                .filter(region -> "TOWNSHIP".equals(region.regionLevel())).toList());
        model.addAttribute("riskIndicatorChoices", RiskIndicator.values());
    }

    @GetMapping
    String list(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("reports", reports.of(user));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal AppUser user, Model model) {
        GridReportForm form = new GridReportForm();
        form.setCountyCode(user.centreCode() == null ? null
                : referenceData.centre(user.centreCode()).map(Centre::countyCode).orElse(null));
        form.setOccurredOn(LocalDate.now(clock));
        form.setPeopleInvolved(2);
        form.setSubmissionKey(UUID.randomUUID().toString());
        model.addAttribute(FORM, form);
        return FORM_VIEW;
    }

    @PostMapping
    String report(@ModelAttribute(FORM) GridReportForm form, BindingResult result,
                  @RequestParam(required = false) MultipartFile photo, @AuthenticationPrincipal AppUser user,
                  RedirectAttributes redirect) throws IOException {
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        String caseNumber;
        try {
            caseNumber = reports.report(form, user);
        } catch (InvalidRequestException refused) {
            refused.problems().forEach(problem -> reject(result, problem.field(), problem.message()));
            return FORM_VIEW;
        } catch (IdempotencyKeyReusedException alreadyReported) {
            form.setSubmissionKey(UUID.randomUUID().toString());
            result.reject("register.alreadySubmitted");
            return FORM_VIEW;
        }
        Flash.success(redirect, "grid.report.saved", caseNumber);
        if (photo != null && !photo.isEmpty()) {
            try (InputStream content = photo.getInputStream()) {
                reports.addPhoto(caseNumber, photo.getOriginalFilename(), content, user);
            } catch (InvalidRequestException | ConflictException refused) {
                Flash.danger(redirect, "grid.report.photoRefused", caseNumber);
            }
        }
        return "redirect:/grid/reports";
    }

    /** Beside its field when the form has one (a party's name is the applicant's or respondent's), else on top. */
    private static void reject(BindingResult result, String path, String message) {
        String plain = path == null ? "" : path.replaceAll("\\[\\d+]$", "");
        String field = switch (plain) {
            case "parties[0].name" -> "applicantName";
            case "parties[0].phone" -> "applicantPhone";
            case "parties[1].name" -> "respondentName";
            default -> plain;
        };
        if (!FIELDS.contains(field)) {
            result.reject("invalid", message);
        } else if (!result.hasFieldErrors(field)) {
            result.rejectValue(field, "invalid", message);
        }
    }
}
