package org.mediationdesk.tasks;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saved task-list filters (the task list's {@code tasks/saved-filters} fragment): save the filter in
 * use under a name, open one, delete one. Only the owner's filters are found; another user's id is 404.
 */
@Controller
@RequestMapping("/tasks/filters")
class SavedFilterController {

    static final String TASK_LIST = "/tasks";

    private final SavedFilters filters;

    SavedFilterController(SavedFilters filters) {
        this.filters = filters;
    }

    @PostMapping
    String save(@RequestParam(required = false) String name, @RequestParam(defaultValue = "") String query,
                @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        String kept = SavedFilters.filterPart(query);
        try {
            filters.save(user, name, query);
            Flash.success(redirect, "filter.saved", name.strip());
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "filter.problem", e.problems().get(0).message());
        }
        return "redirect:" + TASK_LIST + (kept.isEmpty() ? "" : "?" + kept);
    }

    @GetMapping("/{id}")
    String open(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        String query = filters.query(user, id).orElseThrow(() -> new SavedFilterNotFoundException(id));
        return "redirect:" + TASK_LIST + (query.isEmpty() ? "" : "?" + query);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        filters.delete(user, id);
        Flash.success(redirect, "filter.deleted");
        return "redirect:" + TASK_LIST;
    }
}
