package org.mediationdesk.partners;

import java.util.stream.Collectors;

import org.mediationdesk.cases.PartnerCases;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 公安通报: the critical-dispute alerts to the reader's police desk, those awaiting acknowledgement first. */
@Controller
@RequestMapping("/police/notices")
class PoliceNoticesController {

    static final String VIEW = "partners/police-notices";

    private final PartnerCases partnerCases;
    private final PoliceNotices notices;

    PoliceNoticesController(PartnerCases partnerCases, PoliceNotices notices) {
        this.partnerCases = partnerCases;
        this.notices = notices;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AppUser user, Model model) {
        var alerts = partnerCases.alertsTo(user);
        model.addAttribute("awaiting", alerts.stream().filter(alert -> !alert.acknowledged()).toList());
        model.addAttribute("acknowledged", alerts.stream().filter(PartnerCases.PoliceAlert::acknowledged).toList());
        return VIEW;
    }

    @PostMapping("/{caseNumber}/acknowledge")
    String acknowledge(@PathVariable String caseNumber, @RequestParam(required = false) String note,
                       @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        try {
            notices.acknowledge(caseNumber, note, user);
            Flash.success(redirect, "police.notice.acknowledged", caseNumber);
        } catch (ConflictException refused) {
            Flash.danger(redirect, refused.messageKey(), refused.args());
        } catch (InvalidRequestException refused) {
            Flash.danger(redirect, "police.notice.refused", caseNumber, refused.problems().stream()
                    .map(FieldProblem::message).collect(Collectors.joining("；")));
        }
        return "redirect:/police/notices";
    }
}
