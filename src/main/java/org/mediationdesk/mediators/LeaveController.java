package org.mediationdesk.mediators;

import java.util.Map;

import jakarta.validation.Valid;
import org.mediationdesk.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What managers record about a mediator that the assignment rules read: leave (work in hand moves
 * to colleagues at once) and declared conflicts of interest.
 */
@RestController
class LeaveController {

    private final AbsenceCover absenceCover;

    LeaveController(AbsenceCover absenceCover) {
        this.absenceCover = absenceCover;
    }

    @PostMapping("/api/mediators/{username}/leave")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Integer> recordLeave(@PathVariable String username, @Valid @RequestBody LeaveRequest leave,
                                     @AuthenticationPrincipal AppUser manager) {
        return Map.of("tasksMoved", absenceCover.recordLeave(username, leave, manager));
    }

    @DeleteMapping("/api/mediators/{username}/leave/{leaveId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endLeave(@PathVariable String username, @PathVariable long leaveId, @AuthenticationPrincipal AppUser manager) {
        absenceCover.endLeave(username, leaveId, manager);
    }

    @PostMapping("/api/mediators/{username}/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    void declareConflict(@PathVariable String username, @Valid @RequestBody ConflictRequest conflict,
                         @AuthenticationPrincipal AppUser manager) {
        absenceCover.declareConflict(username, conflict, manager);
    }
}
