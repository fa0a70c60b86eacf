package org.mediationdesk.reports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistical report over the API: downloads (a submitted period's copy unless {@code fresh=true};
 * the case list's ID numbers and phones whole with {@code unmasked=true&reason=…}, managers only) and
 * submissions; the period defaults to the current month.
 */
@RestController
class ReportController {

    private final ReportDownload download;
    private final ReportSubmissions submissions;
    private final Clock clock;

    ReportController(ReportDownload download, ReportSubmissions submissions, Clock clock) {
        this.download = download;
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping("/api/reports/statistics.xlsx")
    void statistics(@RequestParam(required = false) String centre,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "false") boolean fresh,
                    @RequestParam(defaultValue = "false") boolean unmasked, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal AppUser user, HttpServletResponse response) throws IOException {
        ReportPeriod period = period(from, to);
        var scope = download.check(user, centre, period);
        download.send(scope, period, user, fresh, download.checkUnmasked(user, unmasked, reason), response);
    }

    /** Submits the manager's own report for the period (default: the current month) and says who and when. */
    @PostMapping("/api/reports/submissions")
    Submission submit(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @AuthenticationPrincipal AppUser user) {
        ReportPeriod period = period(from, to);
        download.check(user, null, period);
        return submissions.submit(user, period);
    }

    private ReportPeriod period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return new ReportPeriod(from != null ? from : today.withDayOfMonth(1),
                to != null ? to : today.withDayOfMonth(today.lengthOfMonth()));
    }
}
