package org.mediationdesk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copies of the report centres submitted upward. A manager submits their own centre's report (a
 * county centre's manager: the county-wide one) for a period; the file is kept byte for byte with its
 * SHA-256, and later downloads of that period return it until a fresh report is asked for.
 */
@Service
public class ReportSubmissions {

    static final int RECENT = 6;

    private final StatisticsReport report;
    private final ReportMapper figures;
    private final SubmissionMapper submissions;
    private final Clock clock;
    private final ReportExports exports;

    ReportSubmissions(StatisticsReport report, ReportMapper figures, SubmissionMapper submissions, Clock clock,
                      ReportExports exports) {
        this.report = report;
        this.figures = figures;
        this.submissions = submissions;
        this.clock = clock;
        this.exports = exports;
    }

    /**
     * Only a centre's manager submits, and only their own centre's report (whole scope).
     *
     * @throws ReportsBusyException when no export place is free on this node
     */
    @Transactional
    public Submission submit(AppUser manager, ReportPeriod period) {
        if (!manager.has(Role.MANAGER) || manager.centreCode() == null) {
            throw new AccessDeniedException("Only a centre's manager submits its report");
        }
        StatisticsReport.Scope scope = report.scopeOf(manager, null);
        var out = new ByteArrayOutputStream();
        try (var place = exports.start()) {
            report.write(scope, period, manager, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] workbook = out.toByteArray();
        LocalDateTime now = LocalDateTime.now(clock);
        var summary = figures.summary(scope.centres(), period.start(), period.end(), period.asOf(now));
        submissions.insertSubmission(new SubmissionMapper.NewSubmission(scope.centre(), scope.withSubCentres(),
                period.from(), period.to(), manager.username(), now, sha256(workbook), summary.received(),
                summary.concluded(), summary.resolved(), workbook));
        return inForce(scope, period).orElseThrow();
    }

    /** The submitted copy in force for this report and period, if it was submitted. */
    @Transactional(readOnly = true)
    public Optional<Submission> inForce(StatisticsReport.Scope scope, ReportPeriod period) {
        if (scope.centre() == null) {
            return Optional.empty();
        }
        return submissions.findLatest(scope.centre(), scope.withSubCentres(), period.from(), period.to());
    }

    /** The last few submissions of the manager's own report, newest first. */
    @Transactional(readOnly = true)
    public List<Submission> recent(AppUser manager) {
        if (manager.centreCode() == null) {
            return List.of();
        }
        StatisticsReport.Scope scope = report.scopeOf(manager, null);
        return submissions.findRecent(scope.centre(), scope.withSubCentres(), RECENT);
    }

    byte[] workbook(Submission submission) {
        return submissions.findWorkbook(submission.id()).orElseThrow().workbook();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
