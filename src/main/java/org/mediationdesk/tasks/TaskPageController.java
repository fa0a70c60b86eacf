package org.mediationdesk.tasks;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.mediationdesk.process.Stage;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.WarningColour;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task list page: "my tasks" and the centre queue, filtered, sorted by due date and paged, with
 * a deadline badge per row; a queue row is claimed in place (htmx swaps the row). Filters can be
 * saved by name ({@link SavedFilters}).
 */
@Controller
@RequestMapping("/tasks")
class TaskPageController {

    static final String VIEW = "tasks/list";
    static final int PAGE_SIZE = 20;
    /** The stages a filter offers, in the order of the process. */
    static final List<String> STAGES = Arrays.stream(Stage.values()).map(Stage::id).toList();

    private final TaskListing listing;
    private final TaskWork work;
    private final ReferenceData referenceData;
    private final SavedFilters savedFilters;

    TaskPageController(TaskListing listing, TaskWork work, ReferenceData referenceData, SavedFilters savedFilters) {
        this.listing = listing;
        this.work = work;
        this.referenceData = referenceData;
        this.savedFilters = savedFilters;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "MINE") TaskListing.Scope scope,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String type,
                @RequestParam(required = false) WarningColour colour,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "DUE_ASC") TaskController.SortOrder sort,
                @AuthenticationPrincipal AppUser user, HttpServletRequest request, Model model) {
        TaskFilter filter = new TaskFilter(stage, type, colour, overdue, q);
        TaskPage tasks = listing.list(user, scope, Math.max(page, 0), PAGE_SIZE,
                sort == TaskController.SortOrder.DUE_ASC, filter);
        model.addAttribute("scope", scope);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("tasks", tasks);
        boolean filtered = !filter.equals(TaskFilter.NONE);
        model.addAttribute("filtered", filtered);
        if (tasks.items().isEmpty() && !filtered) {
            // An empty list says where the work is: the queue waiting to be claimed, or the user's own tasks.
            model.addAttribute("counts", listing.counts(user));
        }
        model.addAttribute("pages", (int) Math.ceil(tasks.total() / (double) PAGE_SIZE));
        model.addAttribute("stages", STAGES);
        model.addAttribute("disputeTypes", referenceData.disputeTypes());
        model.addAttribute("colours", WarningColour.values());
        model.addAttribute("savedFilters", savedFilters.of(user));
        model.addAttribute("currentQuery", request.getQueryString() == null ? "" : request.getQueryString());
        return VIEW;
    }

    /** Claims a queue task; htmx gets the row back, claimed or with the reason it could not be. */
    @PostMapping("/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam String caseNumber,
                 @RequestHeader(name = "HX-Request", required = false) String htmx,
                 @AuthenticationPrincipal AppUser user, Model model, RedirectAttributes redirect) {
        String refusal = null;
        try {
            work.claim(taskId, user);
        } catch (ConflictException e) {
            refusal = e.messageKey();
        }
        if (htmx == null) {
            if (refusal == null) {
                Flash.success(redirect, "tasks.claimed", caseNumber);
            } else {
                Flash.danger(redirect, refusal);
            }
            return "redirect:/tasks?scope=" + (refusal == null ? "MINE" : "CENTRE");
        }
        model.addAttribute("claimedCase", caseNumber);
        model.addAttribute("claimedTask", taskId);
        model.addAttribute("refusal", refusal);
        return "tasks/list :: claimed";
    }
}
