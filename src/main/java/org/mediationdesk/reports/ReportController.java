package org.mediationdesk.reports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of the statistical report over the API; the period defaults to the current month. */
@RestController
class ReportController {

    private final ReportDownload download;
    private final Clock clock;

    ReportController(ReportDownload download, Clock clock) {
        this.download = download;
        this.clock = clock;
    }

    @GetMapping("/api/reports/statistics.xlsx")
    void statistics(@RequestParam(required = false) String centre,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @AuthenticationPrincipal AppUser user, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod period = new ReportPeriod(from != null ? from : today.withDayOfMonth(1),
                to != null ? to : today.withDayOfMonth(today.lengthOfMonth()));
        download.send(download.check(user, centre, period), period, response);
    }
}
