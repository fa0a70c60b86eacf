package org.mediationdesk.reports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The dashboard's report card: the same report as {@code /api/reports/statistics.xlsx}, for the
 * signed-in session, with the period picked as the month, quarter or year containing a day, or two
 * dates; and the submission of the manager's own report for such a period. A bad period goes back to
 * the dashboard with a message; another centre answers 403.
 */
@Controller
class ReportPageController {

    static final String DASHBOARD = "/dashboard";

    private final ReportDownload download;
    private final ReportSubmissions submissions;
    private final Clock clock;

    ReportPageController(ReportDownload download, ReportSubmissions submissions, Clock clock) {
        this.download = download;
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping("/reports/statistics.xlsx")
    void statistics(@RequestParam(defaultValue = "MONTH") PeriodKind kind,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) String centre, @RequestParam(defaultValue = "false") boolean fresh,
                    @RequestParam(defaultValue = "false") boolean unmasked, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal AppUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ReportPeriod period = kind.period(on != null ? on : LocalDate.now(clock), from, to);
        if (period == null) {
            backToDashboard(request, response, "report.period.datesRequired");
            return;
        }
        StatisticsReport.Scope scope;
        String unmaskedReason;
        try {
            scope = download.check(user, centre, period);
            unmaskedReason = download.checkUnmasked(user, unmasked, reason);
        } catch (InvalidRequestException e) {
            backToDashboard(request, response, "report.period.rejected", e.problems().get(0).message());
            return;
        }
        try {
            download.send(scope, period, user, fresh, unmaskedReason, response);
        } catch (ReportsBusyException e) {
            backToDashboard(request, response, "report.busy", e.places());
        }
    }

    @PostMapping("/reports/submissions")
    String submit(@RequestParam(defaultValue = "MONTH") PeriodKind kind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @AuthenticationPrincipal AppUser user, RedirectAttributes redirect) {
        ReportPeriod period = kind.period(on != null ? on : LocalDate.now(clock), from, to);
        if (period == null) {
            Flash.danger(redirect, "report.period.datesRequired");
            return "redirect:" + DASHBOARD;
        }
        try {
            download.check(user, null, period);
        } catch (InvalidRequestException e) {
            Flash.danger(redirect, "report.period.rejected", e.problems().get(0).message());
            return "redirect:" + DASHBOARD;
        }
        Submission submitted;
        try {
            submitted = submissions.submit(user, period);
        } catch (ReportsBusyException e) {
            Flash.danger(redirect, "report.busy", e.places());
            return "redirect:" + DASHBOARD;
        }
        Flash.success(redirect, "report.submitted", submitted.period().toString(), submitted.sha256());
        return "redirect:" + DASHBOARD;
    }

    /** The response is this method's (it streams the file), so the redirect and its flash message are made here. */
    private static void backToDashboard(HttpServletRequest request, HttpServletResponse response, String messageKey,
                                        Object... args) throws IOException {
        var attributes = new RedirectAttributesModelMap();
        Flash.danger(attributes, messageKey, args);
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.putAll(attributes.getFlashAttributes());
        RequestContextUtils.saveOutputFlashMap(DASHBOARD, request, response);
        response.sendRedirect(request.getContextPath() + DASHBOARD);
    }
}
