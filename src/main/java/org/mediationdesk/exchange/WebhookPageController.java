package org.mediationdesk.exchange;

import java.util.stream.Collectors;

import org.mediationdesk.cases.CaseMilestone;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
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

/**
 * The event feed page (ADMIN): subscriptions, switching them off and on, dead letters and their replay, and which
 * court each court's system account speaks for.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhookPageController {

    static final String VIEW = "admin/webhooks";
    private static final String BACK = "redirect:/admin/webhooks";

    private final WebhookSubscriptions subscriptions;
    private final CourtAccounts courtAccounts;

    WebhookPageController(WebhookSubscriptions subscriptions, CourtAccounts courtAccounts) {
        this.subscriptions = subscriptions;
        this.courtAccounts = courtAccounts;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("webhookForm", new WebhookForm());
        return page(model);
    }

    @PostMapping
    String subscribe(@ModelAttribute("webhookForm") WebhookForm form, BindingResult result,
                     @AuthenticationPrincipal AppUser admin, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            WebhookSubscriptions.Created created = subscriptions.subscribe(form.toRequest(), admin);
            Flash.success(redirect, "admin.webhooks.created", created.subscription().name(), created.secret());
            return BACK;
        } catch (InvalidRequestException e) {
            BindingProblems.addTo(result, e.problems());
            return page(model);
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        subscriptions.setActive(id, false);
        Flash.success(redirect, "admin.webhooks.deactivated");
        return BACK;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        subscriptions.setActive(id, true);
        Flash.success(redirect, "admin.webhooks.activated");
        return BACK;
    }

    @PostMapping("/deliveries/{id}/replay")
    String replay(@PathVariable long id, RedirectAttributes redirect) {
        try {
            subscriptions.replay(id);
            Flash.success(redirect, "admin.webhooks.replayed", id);
        } catch (ConflictException e) {
            Flash.danger(redirect, "exchange.delivery.notDead");
        }
        return BACK;
    }

    @PostMapping("/court-accounts/{username}")
    String bindCourt(@PathVariable String username, @RequestParam(required = false) String courtCode,
                     @RequestParam(required = false) String courtName, @AuthenticationPrincipal AppUser admin,
                     RedirectAttributes redirect) {
        try {
            courtAccounts.bind(username, new CourtAccounts.Binding(courtCode, courtName), admin.username());
            Flash.success(redirect, "admin.courtAccounts.bound", username, courtName);
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "admin.problem", e.problems().stream().map(FieldProblem::message)
                    .collect(Collectors.joining("；")));
        }
        return BACK;
    }

    private String page(Model model) {
        model.addAttribute("courtAccounts", courtAccounts.courtAccounts());
        model.addAttribute("subscriptions", subscriptions.list());
        model.addAttribute("deadLetters", subscriptions.deadLetters());
        model.addAttribute("eventKinds", CaseMilestone.Kind.values());
        return VIEW;
    }
}
