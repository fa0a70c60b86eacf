package org.mediationdesk.users;

import java.time.LocalDate;
import java.util.List;

import org.mediationdesk.security.SignInOutcome;
import org.mediationdesk.security.SignInRecord;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in record over the API, for administrators: {@code GET /api/admin/sign-ins?username=&outcome=&from=&to=}. */
@RestController
class SignInRecordApiController {

    private final SignInRecordController records;

    SignInRecordApiController(SignInRecordController records) {
        this.records = records;
    }

    @GetMapping("/api/admin/sign-ins")
    List<SignInRecord> search(@RequestParam(required = false) String username,
                              @RequestParam(required = false) SignInOutcome outcome,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return records.search(username, outcome, from, to);
    }
}
