package org.mediationdesk.cases;

import org.mediationdesk.security.AppUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for reading a dispute (registering one is intake's). */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseQueries queries;

    CaseController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{caseNumber}")
    CaseView find(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return queries.find(caseNumber, user);
    }
}
