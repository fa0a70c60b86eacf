package org.mediationdesk.users;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user changes their own password: at any time, and before anything else while it is still one an
 * administrator set. Afterwards they sign in again with the new one.
 */
@Controller
@RequestMapping("/account/password")
class AccountController {

    static final String VIEW = "account/password";

    private final UserAdministration administration;

    AccountController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String form(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("required", user.passwordChangeRequired());
        return VIEW;
    }

    @PostMapping
    String change(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String currentPassword,
                  @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmation,
                  HttpServletRequest request, Model model) throws ServletException {
        try {
            administration.changeOwnPassword(user.username(), currentPassword, newPassword, confirmation);
        } catch (InvalidRequestException e) {
            model.addAttribute("required", user.passwordChangeRequired());
            model.addAttribute("problems", e.problems());
            return VIEW;
        }
        request.logout();
        return "redirect:/login?passwordChanged";
    }
}
