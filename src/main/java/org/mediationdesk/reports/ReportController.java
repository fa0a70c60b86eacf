package org.mediationdesk.reports;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.cases.FieldProblem;
import org.mediationdesk.cases.InvalidRequestException;
import org.mediationdesk.security.AppUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of the statistical report; the period defaults to the current month. */
@RestController
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_DAYS = 5 * 366;

    private final StatisticsReport report;
    private final MessageSource messages;
    private final Clock clock;

    ReportController(StatisticsReport report, MessageSource messages, Clock clock) {
        this.report = report;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/reports/statistics.xlsx")
    void statistics(@RequestParam(required = false) String centre,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @AuthenticationPrincipal AppUser user, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today.withDayOfMonth(today.lengthOfMonth());
        if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidRequestException(List.of(new FieldProblem("to",
                    messages.getMessage("report.period.invalid", new Object[] {MAX_DAYS}, LocaleContextHolder.getLocale()))));
        }
        ReportPeriod period = new ReportPeriod(start, end);
        var scope = report.scopeOf(user, centre == null || centre.isBlank() ? null : centre);
        String filename = URLEncoder.encode("矛调统计报表-" + start + "-" + end + ".xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20");
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"statistics.xlsx\"; filename*=UTF-8''" + filename);
        report.write(scope, period, response.getOutputStream());
    }
}
