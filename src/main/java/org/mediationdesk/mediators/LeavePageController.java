package org.mediationdesk.mediators;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The leave form of the mediator page: records the leave as the leave API does (work in hand moves to
 * colleagues at once when the leave has begun) and goes back to the mediator page.
 */
@Controller
class LeavePageController {

    private final AbsenceCover absenceCover;

    LeavePageController(AbsenceCover absenceCover) {
        this.absenceCover = absenceCover;
    }

    @PostMapping("/admin/mediators/{username}/leave")
    String recordLeave(@PathVariable String username,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                       @RequestParam(required = false) String standIn, @RequestParam(required = false) String reason,
                       @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        String back = backToMediator(username);
        if (startsOn == null || endsOn == null || reason == null || reason.isBlank() || reason.length() > 200) {
            Flash.danger(redirect, "leave.form.incomplete");
            return back;
        }
        try {
            int moved = absenceCover.recordLeave(username, new LeaveRequest(startsOn, endsOn,
                    standIn == null || standIn.isBlank() ? null : standIn, reason.strip()), user);
            Flash.success(redirect, "leave.recorded", moved);
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "admin.problem", e.problems().stream()
                    .map(problem -> problem.message()).collect(Collectors.joining("；")));
        }
        return back;
    }

    @PostMapping("/admin/mediators/{username}/leave/{leaveId}/end")
    String endLeave(@PathVariable String username, @PathVariable long leaveId, @AuthenticationPrincipal AppUser user,
                    RedirectAttributes redirect) {
        try {
            absenceCover.endLeave(username, leaveId, user);
            Flash.success(redirect, "leave.ended");
        } catch (NotFoundException e) {
            Flash.danger(redirect, e.messageKey());
        }
        return backToMediator(username);
    }

    private static String backToMediator(String username) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/mediators/{username}").encode()
                .buildAndExpand(username).toUriString();
    }
}
