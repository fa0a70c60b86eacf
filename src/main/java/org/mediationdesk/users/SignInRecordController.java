package org.mediationdesk.users;

import java.time.LocalDate;
import java.util.List;

import org.mediationdesk.security.SignInGuard;
import org.mediationdesk.security.SignInOutcome;
import org.mediationdesk.security.SignInQuery;
import org.mediationdesk.security.SignInRecord;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators search the sign-in record (sign-ins on the page, failures, locks and unlocks) by user,
 * outcome and days (Asia/Shanghai) on a page ({@link SignInRecordApiController}: the API); newest first, at most {@value #LIMIT} lines.
 */
@Controller
class SignInRecordController {

    static final int LIMIT = 500;

    private final SignInGuard guard;

    SignInRecordController(SignInGuard guard) {
        this.guard = guard;
    }

    @GetMapping("/admin/sign-ins")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) SignInOutcome outcome,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model) {
        model.addAttribute("records", search(username, outcome, from, to));
        model.addAttribute("outcomes", SignInOutcome.values());
        model.addAttribute("limit", LIMIT);
        return "admin/sign-ins";
    }

    /** The record as searched, for the page and the API alike. */
    List<SignInRecord> search(String username, SignInOutcome outcome, LocalDate from, LocalDate to) {
        return guard.search(new SignInQuery(username == null || username.isBlank() ? null : username.strip(), outcome,
                from == null ? null : from.atStartOfDay(), to == null ? null : to.plusDays(1).atStartOfDay()), LIMIT);
    }
}
