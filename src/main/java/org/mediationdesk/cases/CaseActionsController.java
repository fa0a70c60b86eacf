package org.mediationdesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Actions on a case in mediation: sessions, joint mediation with agencies, transfer. */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
class CaseActionsController {

    private final CaseActions actions;

    CaseActionsController(CaseActions actions) {
        this.actions = actions;
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    void recordSession(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        actions.recordSession(caseNumber, body, user);
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestAgencies(@PathVariable String caseNumber, @RequestBody JsonNode body,
                         @AuthenticationPrincipal AppUser user) {
        actions.requestAgencies(caseNumber, body, user);
    }

    @PostMapping("/transfer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void transfer(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        actions.transfer(caseNumber, body, user);
    }
}
