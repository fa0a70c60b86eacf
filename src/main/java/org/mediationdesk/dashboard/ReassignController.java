package org.mediationdesk.dashboard;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.tasks.TaskReassignment;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Moves the ticked tasks to one mediator, from the 督办 list or a mediator's task page, and goes
 * back there saying how many moved and why any did not.
 */
@Controller
class ReassignController {

    private final TaskReassignment reassignment;
    private final PeopleNames people;

    ReassignController(TaskReassignment reassignment, PeopleNames people) {
        this.reassignment = reassignment;
        this.people = people;
    }

    /** @param from the mediator whose task page the form was on; empty for the dashboard */
    @PostMapping("/dashboard/reassign")
    String reassign(@RequestParam(name = "taskIds", required = false) List<String> taskIds,
                    @RequestParam(required = false) String assignee, @RequestParam(required = false) String from,
                    @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        String back = from == null || from.isBlank() ? "redirect:/dashboard"
                : "redirect:" + UriComponentsBuilder.fromPath("/dashboard/mediators/{username}").encode()
                        .buildAndExpand(from).toUriString();
        if (taskIds == null || taskIds.isEmpty()) {
            Flash.danger(redirect, "tasks.reassign.noneSelected");
            return back;
        }
        if (assignee == null || assignee.isBlank()) {
            Flash.danger(redirect, "tasks.reassign.assigneeRequired");
            return back;
        }
        TaskReassignment.Outcome outcome = reassignment.reassign(taskIds, assignee, user);
        if (!outcome.moved().isEmpty()) {
            Flash.success(redirect, "tasks.reassign.moved", outcome.moved().size(), people.of(assignee));
        }
        outcome.refused().forEach(refusal -> Flash.danger(redirect, "tasks.reassign.refused", refusal.reason()));
        return back;
    }
}
