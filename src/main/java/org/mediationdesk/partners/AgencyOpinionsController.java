package org.mediationdesk.partners;

import org.mediationdesk.cases.PartnerCases;
import org.mediationdesk.security.AppUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 部门意见: the opinions asked of the reader's agency, newest first, each linking to its case page, where the
 * agency's staff claim the opinion task, add files and give the opinion.
 */
@Controller
class AgencyOpinionsController {

    static final String VIEW = "partners/agency-opinions";

    private final PartnerCases partnerCases;

    AgencyOpinionsController(PartnerCases partnerCases) {
        this.partnerCases = partnerCases;
    }

    @GetMapping("/agency/opinions")
    String opinions(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("opinions", partnerCases.opinionsAskedOf(user));
        return VIEW;
    }
}
