package org.mediationdesk.cases;

import org.mediationdesk.security.AppUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for reading a dispute (registering one is intake's): parties' ID numbers and phones masked;
 * {@code ?unmasked=true} (with an optional {@code reason}) shows them whole to the case's own staff, 403 to
 * everyone else, and is recorded as an access record.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseQueries queries;

    CaseController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{caseNumber}")
    CaseView find(@PathVariable String caseNumber, @RequestParam(defaultValue = "false") boolean unmasked,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal AppUser user) {
        return unmasked ? queries.findUnmasked(caseNumber, user, reason) : queries.find(caseNumber, user);
    }
}
