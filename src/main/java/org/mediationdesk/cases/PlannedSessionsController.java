package org.mediationdesk.cases;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sessions planned ahead on a case: plan, list, move, cancel, record as held. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/planned-sessions")
class PlannedSessionsController {

    private final SessionPlanning planning;

    PlannedSessionsController(SessionPlanning planning) {
        this.planning = planning;
    }

    @GetMapping
    List<PlannedSession> list(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return planning.ofCase(caseNumber, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> plan(@PathVariable String caseNumber, @RequestBody(required = false) JsonNode body,
                           @AuthenticationPrincipal AppUser user) {
        return Map.of("id", planning.plan(caseNumber, body, user));
    }

    @PutMapping("/{planId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reschedule(@PathVariable String caseNumber, @PathVariable long planId,
                    @RequestBody(required = false) JsonNode body, @AuthenticationPrincipal AppUser user) {
        planning.reschedule(caseNumber, planId, body, user);
    }

    @PostMapping("/{planId}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable String caseNumber, @PathVariable long planId,
                @RequestBody(required = false) JsonNode body, @AuthenticationPrincipal AppUser user) {
        planning.cancel(caseNumber, planId, body, user);
    }

    @PostMapping("/{planId}/held")
    @ResponseStatus(HttpStatus.CREATED)
    void recordHeld(@PathVariable String caseNumber, @PathVariable long planId,
                    @RequestBody(required = false) JsonNode body, @AuthenticationPrincipal AppUser user) {
        planning.recordHeld(caseNumber, planId, body, user);
    }
}
