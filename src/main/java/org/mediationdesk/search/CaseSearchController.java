package org.mediationdesk.search;

import org.mediationdesk.security.AppUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases?number=&party=&idNumber=&words=&type=&centre=&status=&from=&to=&mediator=&page=&size=}:
 * the cases the caller may open that match, a page at a time (400 naming each bad parameter).
 */
@RestController
class CaseSearchController {

    private final CaseQueryReader reader;
    private final CaseSearch search;

    CaseSearchController(CaseQueryReader reader, CaseSearch search) {
        this.reader = reader;
        this.search = search;
    }

    @GetMapping("/api/cases")
    FoundCase.Page search(@ModelAttribute CaseSearchForm form, @AuthenticationPrincipal AppUser user) {
        return search.search(reader.read(form), user);
    }
}
