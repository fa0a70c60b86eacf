package org.mediationdesk.reports;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks a report request and sends the workbook as a download; shared by the API and the dashboard.
 * A submitted period answers with the submitted copy (headers {@code X-Report-Submitted-At} and
 * {@code X-Report-SHA256}) unless a fresh report is asked for. A period with more cases than one sheet
 * holds is refused before anything is written (splitting the list over sheets would make a workbook
 * nobody can sort or filter as one list); a fresh workbook takes one of the node's export places.
 */
@Component
class ReportDownload {

    private static final int MAX_DAYS = 5 * 366;

    private final StatisticsReport report;
    private final ReportSubmissions submissions;
    private final MessageSource messages;
    private final AccessRecords accessRecords;
    private final ReportExports exports;

    ReportDownload(StatisticsReport report, ReportSubmissions submissions, MessageSource messages,
                   AccessRecords accessRecords, ReportExports exports) {
        this.report = report;
        this.submissions = submissions;
        this.messages = messages;
        this.accessRecords = accessRecords;
        this.exports = exports;
    }

    /**
     * Throws InvalidRequestException (field {@code to}) for a period that ends before it starts, is
     * longer than five years or has more cases than the case list's sheet holds, and AccessDeniedException
     * for a centre outside the user's scope, all before anything is written.
     */
    StatisticsReport.Scope check(AppUser user, String centre, ReportPeriod period) {
        if (period.to().isBefore(period.from()) || period.from().plusDays(MAX_DAYS).isBefore(period.to())) {
            throw periodRefused("report.period.invalid", MAX_DAYS);
        }
        StatisticsReport.Scope scope = report.scopeOf(user, centre == null || centre.isBlank() ? null : centre);
        long cases = report.caseCount(scope, period);
        if (cases > StatisticsWorkbook.MAX_CASES) {
            throw periodRefused("report.period.tooManyCases", String.format("%,d", cases),
                    String.format("%,d", StatisticsWorkbook.MAX_CASES));
        }
        return scope;
    }

    private InvalidRequestException periodRefused(String key, Object... args) {
        return new InvalidRequestException(List.of(new FieldProblem("to",
                messages.getMessage(key, args, LocaleContextHolder.getLocale()))));
    }

    /**
     * The case list whole (applicants' ID numbers and phones) is for a manager who gives a reason: else
     * AccessDeniedException, or InvalidRequestException (field {@code reason}) without one.
     *
     * @return the reason, stripped; null for the masked list
     */
    String checkUnmasked(AppUser user, boolean unmasked, String reason) {
        if (!unmasked) {
            return null;
        }
        if (!user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only a manager exports the case list unmasked");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason",
                    messages.getMessage("report.unmasked.reasonRequired", null, LocaleContextHolder.getLocale()))));
        }
        return reason.strip();
    }

    /**
     * Records the export (an access record naming its centres, period, masking and number of cases), then
     * streams the workbook.
     *
     * @param unmaskedReason from {@link #checkUnmasked}: null for the masked case list; an unmasked one is always fresh
     * @throws ReportsBusyException when a fresh workbook finds no free export place, before anything is sent
     */
    void send(StatisticsReport.Scope scope, ReportPeriod period, AppUser user, boolean fresh, String unmaskedReason,
              HttpServletResponse response) throws IOException {
        boolean unmasked = unmaskedReason != null;
        String subject = "statistics.xlsx: centre=" + (scope.centre() == null ? "" : scope.centre())
                + (scope.withSubCentres() ? " (with sub-centres)" : "") + "; period=" + period.from() + "/" + period.to()
                + (unmasked ? "; unmasked" : "; masked");
        var copy = fresh || unmasked ? null : submissions.inForce(scope, period).orElse(null);
        if (copy != null) {
            accessRecords.onCases(user, AccessAction.CASE_LIST_EXPORT, subject + "; submitted copy", null, null);
            attachment(response, period);
            response.setHeader("X-Report-Submitted-At", copy.submittedAt().toString());
            response.setHeader("X-Report-SHA256", copy.sha256());
            response.getOutputStream().write(submissions.workbook(copy));
            return;
        }
        try (var place = exports.start()) {
            accessRecords.onCases(user, AccessAction.CASE_LIST_EXPORT, subject,
                    Math.toIntExact(report.caseCount(scope, period)), unmaskedReason);
            attachment(response, period);
            report.write(scope, period, user, unmasked, response.getOutputStream());
        }
    }

    private static void attachment(HttpServletResponse response, ReportPeriod period) {
        response.setContentType(Downloads.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("statistics.xlsx",
                "矛调统计报表-" + period.from() + "-" + period.to() + ".xlsx"));
    }
}
