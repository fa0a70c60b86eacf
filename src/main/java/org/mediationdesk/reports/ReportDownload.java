package org.mediationdesk.reports;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Checks a report request and sends the workbook as a download; shared by the API and the dashboard.
 * A submitted period answers with the submitted copy (headers {@code X-Report-Submitted-At} and
 * {@code X-Report-SHA256}) unless a fresh report is asked for.
 */
@Component
class ReportDownload {

    private static final int MAX_DAYS = 5 * 366;

    private final StatisticsReport report;
    private final ReportSubmissions submissions;
    private final MessageSource messages;

    ReportDownload(StatisticsReport report, ReportSubmissions submissions, MessageSource messages) {
        this.report = report;
        this.submissions = submissions;
        this.messages = messages;
    }

    /**
     * Throws InvalidRequestException (field {@code to}) for a period that ends before it starts or is
     * longer than five years, and AccessDeniedException for a centre outside the user's scope, both
     * before anything is written.
     */
    StatisticsReport.Scope check(AppUser user, String centre, ReportPeriod period) {
        if (period.to().isBefore(period.from()) || period.from().plusDays(MAX_DAYS).isBefore(period.to())) {
            throw new InvalidRequestException(List.of(new FieldProblem("to",
                    messages.getMessage("report.period.invalid", new Object[] {MAX_DAYS},
                            LocaleContextHolder.getLocale()))));
        }
        return report.scopeOf(user, centre == null || centre.isBlank() ? null : centre);
    }

    void send(StatisticsReport.Scope scope, ReportPeriod period, AppUser user, boolean fresh,
              HttpServletResponse response) throws IOException {
        response.setContentType(Downloads.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("statistics.xlsx",
                "矛调统计报表-" + period.from() + "-" + period.to() + ".xlsx"));
        var copy = fresh ? null : submissions.inForce(scope, period).orElse(null);
        if (copy != null) {
            response.setHeader("X-Report-Submitted-At", copy.submittedAt().toString());
            response.setHeader("X-Report-SHA256", copy.sha256());
            response.getOutputStream().write(submissions.workbook(copy));
            return;
        }
        report.write(scope, period, user, response.getOutputStream());
    }
}
