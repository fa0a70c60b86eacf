package org.mediationdesk.cases;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The early-erasure form of the access records page, for the data-protection officer. */
@Controller
class CaseErasurePageController {

    private static final String PAGE = "redirect:/privacy/access-records";

    private final CaseErasure erasure;

    CaseErasurePageController(CaseErasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/privacy/erasures")
    String erase(@RequestParam String caseNumber, @RequestParam(required = false) String reason,
                 @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        String number = caseNumber.strip();
        try {
            erasure.erase(number, reason, user);
            Flash.success(redirect, "privacy.erasure.done", number);
            redirect.addAttribute("caseNumber", number);
            return PAGE;
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "privacy.erasure.refused", e.problems().get(0).message());
        } catch (ConflictException e) {
            Flash.danger(redirect, e.messageKey(), e.args());
        } catch (CaseNotFoundException e) {
            Flash.danger(redirect, "privacy.erasure.unknownCase", number);
        }
        return PAGE;
    }
}
