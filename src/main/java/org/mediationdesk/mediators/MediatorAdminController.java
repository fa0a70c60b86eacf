package org.mediationdesk.mediators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.BindingProblems;
import org.mediationdesk.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Administrators' mediator pages: every centre's mediators with caseload, cap, specialties and leave;
 * one mediator's cap and specialties, and their leave (recorded through the leave form, see
 * mediators/LeavePageController, which also moves their work).
 */
@Controller
@RequestMapping("/admin/mediators")
class MediatorAdminController {

    static final String LIST_VIEW = "admin/mediators";
    static final String FORM_VIEW = "admin/mediator-form";

    private final MediatorRoster roster;
    private final ReferenceData referenceData;

    MediatorAdminController(MediatorRoster roster, ReferenceData referenceData) {
        this.roster = roster;
        this.referenceData = referenceData;
    }

    @ModelAttribute
    void references(Model model) {
        model.addAttribute("centres", referenceData.centres().stream()
                .collect(Collectors.toMap(Centre::code, centre -> centre)));
        model.addAttribute("types", referenceData.disputeTypes());
        model.addAttribute("typesByCode", referenceData.disputeTypes().stream()
                .collect(Collectors.toMap(DisputeType::code, type -> type)));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mediators", roster.of(allCentres()));
        return LIST_VIEW;
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        var mediator = find(username);
        MediatorForm form = new MediatorForm();
        form.setCaseCap(mediator.caseCap());
        form.setSpecialties(mediator.specialties());
        model.addAttribute("mediatorForm", form);
        return form(mediator, model);
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("mediatorForm") MediatorForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        var mediator = find(username);
        if (result.hasErrors()) {
            return form(mediator, model);
        }
        try {
            roster.updateCapAndSpecialties(username, form.getCaseCap(), form.getSpecialties());
        } catch (InvalidRequestException e) {
            BindingProblems.addTo(result, e.problems());
            return form(mediator, model);
        }
        Flash.success(redirect, "admin.mediators.saved", mediator.displayName());
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/mediators/{username}").encode()
                .buildAndExpand(username).toUriString();
    }

    private String form(MediatorRoster.Mediator mediator, Model model) {
        model.addAttribute("mediator", mediator);
        model.addAttribute("leave", roster.currentAndComingLeave(mediator.username()));
        model.addAttribute("colleagues", roster.of(List.of(mediator.centreCode())).stream()
                .filter(m -> !m.username().equals(mediator.username())).toList());
        return FORM_VIEW;
    }

    private MediatorRoster.Mediator find(String username) {
        return roster.of(allCentres()).stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException("mediator.notFound", "No mediator " + username));
    }

    private Set<String> allCentres() {
        return referenceData.centres().stream().map(Centre::code).collect(Collectors.toSet());
    }
}
