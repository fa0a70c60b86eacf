package org.mediationdesk.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.mediationdesk.routing.WarningColour;
import org.mediationdesk.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The task API: work lists and the actions on one task. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskListing listing;
    private final TaskWork work;

    TaskController(TaskListing listing, TaskWork work) {
        this.listing = listing;
        this.work = work;
    }

    @GetMapping
    TaskPage list(@RequestParam(defaultValue = "MINE") TaskListing.Scope scope,
                  @RequestParam(required = false) @Size(max = 64) String stage,
                  @RequestParam(required = false) @Size(max = 32) String type,
                  @RequestParam(required = false) WarningColour colour,
                  @RequestParam(defaultValue = "false") boolean overdue,
                  @RequestParam(required = false) @Size(max = 100) String q,
                  @RequestParam(defaultValue = "0") @Min(0) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                  @RequestParam(defaultValue = "DUE_ASC") SortOrder sort,
                  @AuthenticationPrincipal AppUser user) {
        TaskFilter filter = new TaskFilter(stage, type, colour, overdue, q);
        return listing.list(user, scope, page, size, sort == SortOrder.DUE_ASC, filter);
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId, @AuthenticationPrincipal AppUser user) {
        work.claim(taskId, user);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String taskId, @AuthenticationPrincipal AppUser user) {
        work.unclaim(taskId, user);
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode data,
                  @AuthenticationPrincipal AppUser user) {
        work.complete(taskId, data, user);
    }

    @PutMapping("/{taskId}/assignee")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@PathVariable String taskId, @RequestBody AssigneeRequest request,
                  @AuthenticationPrincipal AppUser user) {
        work.reassign(taskId, request.assignee(), user);
    }

    record AssigneeRequest(String assignee) {
    }

    /** Soonest due first, or latest due first. */
    enum SortOrder {
        DUE_ASC, DUE_DESC
    }
}
