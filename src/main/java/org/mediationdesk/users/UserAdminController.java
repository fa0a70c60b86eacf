package org.mediationdesk.users;

import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.SignInGuard;
import org.mediationdesk.security.twofactor.SecondFactors;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.BindingProblems;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators' user pages: list, create, edit roles and centre, disable or enable, reset the password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST_VIEW = "admin/users";
    static final String FORM_VIEW = "admin/user-form";

    private final UserAdministration administration;
    private final ReferenceData referenceData;
    private final SignInGuard signInGuard;
    private final SecondFactors secondFactors;

    UserAdminController(UserAdministration administration, ReferenceData referenceData, SignInGuard signInGuard,
                        SecondFactors secondFactors) {
        this.administration = administration;
        this.referenceData = referenceData;
        this.signInGuard = signInGuard;
        this.secondFactors = secondFactors;
    }

    @ModelAttribute
    void references(Model model) {
        model.addAttribute("allCentres", referenceData.centres());
        model.addAttribute("allAgencies", referenceData.agencies());
        model.addAttribute("centres", referenceData.centres().stream()
                .collect(Collectors.toMap(Centre::code, Function.identity())));
        model.addAttribute("allRoles", Role.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", administration.accounts());
        model.addAttribute("locks", signInGuard.lockedAccounts());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new UserForm());
        model.addAttribute("creating", true);
        return FORM_VIEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("creating", true);
        if (result.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            administration.create(form);
        } catch (InvalidRequestException e) {
            BindingProblems.addTo(result, e.problems());
            return FORM_VIEW;
        }
        Flash.success(redirect, "admin.users.created", form.getUsername());
        return "redirect:/admin/users";
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        var account = administration.account(username);
        UserForm form = new UserForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setRoles(account.roles());
        form.setCentreCode(account.centreCode());
        form.setAgencyCode(account.agencyCode());
        model.addAttribute("userForm", form);
        model.addAttribute("account", account);
        model.addAttribute("secondFactorEnrolled", secondFactors.enrolled(username));
        model.addAttribute("creating", false);
        return FORM_VIEW;
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("userForm") UserForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        form.setUsername(username);
        model.addAttribute("account", administration.account(username));
        model.addAttribute("creating", false);
        if (result.hasFieldErrors("displayName") || result.hasFieldErrors("roles")) {
            return FORM_VIEW;
        }
        try {
            administration.update(username, form);
        } catch (InvalidRequestException e) {
            BindingProblems.addTo(result, e.problems());
            return FORM_VIEW;
        }
        Flash.success(redirect, "admin.users.saved", username);
        return redirectTo(username);
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled,
                      @AuthenticationPrincipal AppUser admin, RedirectAttributes redirect) {
        try {
            administration.setEnabled(username, enabled, admin);
            Flash.success(redirect, enabled ? "admin.users.enabled" : "admin.users.disabled", username);
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "admin.problem", e.problems().get(0).message());
        }
        return redirectTo(username);
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
                         RedirectAttributes redirect) {
        try {
            administration.resetPassword(username, password);
            Flash.success(redirect, "admin.users.passwordReset", username);
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "admin.problem", e.problems().get(0).message());
        }
        return redirectTo(username);
    }

    /** Lifts a lock from too many failed sign-ins before it ends; the sign-in record keeps who did. */
    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, @AuthenticationPrincipal AppUser admin, RedirectAttributes redirect) {
        signInGuard.unlock(username, admin);
        Flash.success(redirect, "admin.users.unlocked", username);
        return "redirect:/admin/users";
    }

    /** For a user who lost the phone and the recovery codes; the sign-in record keeps who reset it. */
    @PostMapping("/{username}/second-factor/reset")
    String resetSecondFactor(@PathVariable String username, @AuthenticationPrincipal AppUser admin,
                             RedirectAttributes redirect) {
        secondFactors.reset(username, admin);
        Flash.success(redirect, "admin.users.secondFactorReset", username);
        return redirectTo(username);
    }

    private static String redirectTo(String username) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/users/{username}").encode()
                .buildAndExpand(username).toUriString();
    }
}
