package org.mediationdesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actions on a case in mediation: sessions, joint mediation with agencies (and waiving one), transfer, pausing
 * and extending the deadline; and completing a party's details up to the follow-up.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
class CaseActionsController {

    private final CaseActions actions;
    private final CaseClock clock;
    private final JointMediation jointMediation;
    private final PartyDetailsEditing partyDetails;

    CaseActionsController(CaseActions actions, CaseClock clock, JointMediation jointMediation,
                          PartyDetailsEditing partyDetails) {
        this.actions = actions;
        this.clock = clock;
        this.jointMediation = jointMediation;
        this.partyDetails = partyDetails;
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    void recordSession(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        actions.recordSession(caseNumber, body, user);
    }

    @PutMapping("/parties/{partyNo}/details")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updatePartyDetails(@PathVariable String caseNumber, @PathVariable int partyNo, @RequestBody JsonNode body,
                            @AuthenticationPrincipal AppUser user) {
        partyDetails.update(caseNumber, partyNo, body, user);
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestAgencies(@PathVariable String caseNumber, @RequestBody JsonNode body,
                         @AuthenticationPrincipal AppUser user) {
        actions.requestAgencies(caseNumber, body, user);
    }

    @PostMapping("/agency-waivers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void waiveAgency(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        jointMediation.waive(caseNumber, body, user);
    }

    @PostMapping("/transfer")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void transfer(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        actions.transfer(caseNumber, body, user);
    }

    @PostMapping("/pause")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void pause(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        clock.pause(caseNumber, body, user);
    }

    @PostMapping("/resume")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resume(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        clock.resume(caseNumber, user);
    }

    @PostMapping("/extension")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void extend(@PathVariable String caseNumber, @RequestBody JsonNode body, @AuthenticationPrincipal AppUser user) {
        clock.extend(caseNumber, body, user);
    }
}
