package org.mediationdesk.users;


import org.mediationdesk.security.AccessTokenStore;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each user's personal access tokens for API clients on their page ({@code /account/tokens}): create (shown
 * once), list, revoke; {@link AccessTokenApiController} does the same over the API. A token acts as its user,
 * with their roles and centre.
 */
@Controller
class AccessTokenController {

    private final AccessTokenStore tokens;
    private final TokenIssuing issuing;

    AccessTokenController(AccessTokenStore tokens, TokenIssuing issuing) {
        this.tokens = tokens;
        this.issuing = issuing;
    }

    @GetMapping("/account/tokens")
    String page(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.username()));
        model.addAttribute("defaultDays", TokenIssuing.DEFAULT_DAYS);
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Integer days, Model model) {
        try {
            model.addAttribute("issued", issuing.issue(user, name, days));
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
        }
        return page(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeOnPage(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
        tokens.revoke(user.username(), id);
        return "redirect:/account/tokens";
    }

}
