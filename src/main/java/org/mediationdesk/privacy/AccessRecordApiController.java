package org.mediationdesk.privacy;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access records over the API, for administrators and the data-protection officer:
 * {@code GET /api/privacy/access-records?username=&caseNumber=&from=&to=} (days, {@code to} included),
 * newest first, at most {@value AccessRecordSearch#PAGE_LIMIT}.
 */
@RestController
class AccessRecordApiController {

    private final AccessRecordSearch search;

    AccessRecordApiController(AccessRecordSearch search) {
        this.search = search;
    }

    @GetMapping("/api/privacy/access-records")
    List<AccessRecord> search(@RequestParam(required = false) String username,
                              @RequestParam(required = false) String caseNumber,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return search.search(new AccessRecordSearch.Filter(username, caseNumber, from, to),
                AccessRecordSearch.PAGE_LIMIT);
    }
}
