package org.mediationdesk.notifications;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The failed messages page (managers, administrators) with a retry per message, and each user's e-mail for messages. */
@Controller
class MessagePageController {

    private static final String FAILED_VIEW = "notifications/failed";
    private static final String ADDRESS_VIEW = "notifications/address";

    private final MessageAdministration administration;
    private final MessagePreferences preferences;

    MessagePageController(MessageAdministration administration, MessagePreferences preferences) {
        this.administration = administration;
        this.preferences = preferences;
    }

    @GetMapping("/messages/failed")
    String failed(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("messages", administration.failed(user));
        model.addAttribute("limit", MessageAdministration.PAGE_LIMIT);
        return FAILED_VIEW;
    }

    @PostMapping("/messages/{id}/retry")
    String retry(@PathVariable long id, @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        administration.retry(id, user);
        Flash.success(redirect, "message.page.retried", id);
        return "redirect:/messages/failed";
    }

    @GetMapping("/account/messages")
    String address(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("email", preferences.staffAddress(user).orElse(""));
        return ADDRESS_VIEW;
    }

    @PostMapping("/account/messages")
    String saveAddress(@RequestParam(required = false) String email, @AuthenticationPrincipal AppUser user, Model model,
                       RedirectAttributes redirect) {
        try {
            preferences.setStaffAddress(user, email);
        } catch (InvalidRequestException e) {
            model.addAttribute("email", email);
            model.addAttribute("problems", e.problems());
            return ADDRESS_VIEW;
        }
        Flash.success(redirect, "message.address.saved");
        return "redirect:/account/messages";
    }
}
