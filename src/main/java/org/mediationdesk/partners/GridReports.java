package org.mediationdesk.partners;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mediationdesk.attachments.CaseAttachments;
import org.mediationdesk.cases.PartnerCases;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * A grid worker reports a dispute: intake's registration checks and routes it (source GRID_WORKER, the grid
 * worker its registrant), and in the same transaction the report's grid and location are kept beside it; a photo
 * goes to the case's files as a site photo. Every problem, intake's and the report's own, comes back in one round.
 */
@Service
class GridReports {

    static final String PHOTO_CATEGORY = "SITE_PHOTO";
    private static final int GRID_MAX = 64;
    private static final int LOCATION_MAX = 200;
    private static final BigDecimal LATITUDE_MAX = BigDecimal.valueOf(90);
    private static final BigDecimal LONGITUDE_MAX = BigDecimal.valueOf(180);

    private final CaseRegistrationService registration;
    private final CaseAttachments attachments;
    private final GridReportMapper reports;
    private final PartnerCases partnerCases;
    private final MessageSource messages;

    GridReports(CaseRegistrationService registration, CaseAttachments attachments, GridReportMapper reports,
                PartnerCases partnerCases, MessageSource messages) {
        this.registration = registration;
        this.attachments = attachments;
        this.reports = reports;
        this.partnerCases = partnerCases;
        this.messages = messages;
    }

    /** @return the new case's number (or the earlier one, for a submission key seen before) */
    String report(GridReportForm form, AppUser reporter) {
        RegisterCaseRequest request = form.toRequest();
        List<FieldProblem> problems = new ArrayList<>(ownProblems(form));
        try {
            registration.check(request);
        } catch (InvalidRequestException refused) {
            problems.addAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return registration.register(request, form.getSubmissionKey(), reporter, (caseId, caseNumber) -> reports.insert(
                caseNumber, form.getGrid().strip(), blankToNull(form.getLocationText()), coordinate(form.getLatitude()),
                coordinate(form.getLongitude()))).caseNumber();
    }

    /** The photo of a report, kept among the case's files; refused as any upload is (type, size). */
    void addPhoto(String caseNumber, String fileName, InputStream content, AppUser reporter) throws IOException {
        attachments.upload(caseNumber, new CaseAttachments.Upload(fileName, content, PHOTO_CATEGORY, null, null),
                reporter);
    }

    /** The reporter's own reports, newest first: status and where they went, with the grid each came from. */
    List<ReportLine> of(AppUser reporter) {
        List<PartnerCases.ReportedCase> cases = partnerCases.reportedBy(reporter);
        Map<String, GridReportMapper.GridReportRow> grids = cases.isEmpty() ? Map.of()
                : reports.findByCaseNumbers(cases.stream().map(PartnerCases.ReportedCase::caseNumber).toList())
                .stream().collect(Collectors.toMap(GridReportMapper.GridReportRow::caseNumber, Function.identity()));
        return cases.stream().map(reported -> {
            var grid = grids.get(reported.caseNumber());
            return new ReportLine(reported, grid == null ? null : grid.grid());
        }).toList();
    }

    private List<FieldProblem> ownProblems(GridReportForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.getGrid() == null || form.getGrid().isBlank()) {
            problems.add(problem("grid", "grid.report.grid.required"));
        } else if (form.getGrid().strip().length() > GRID_MAX) {
            problems.add(problem("grid", "grid.report.grid.tooLong", GRID_MAX));
        }
        if (form.getLocationText() != null && form.getLocationText().strip().length() > LOCATION_MAX) {
            problems.add(problem("locationText", "grid.report.location.tooLong", LOCATION_MAX));
        }
        if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
            problems.add(problem(form.getLatitude() == null ? "latitude" : "longitude", "grid.report.coordinates.both"));
        }
        if (form.getLatitude() != null && form.getLatitude().abs().compareTo(LATITUDE_MAX) > 0) {
            problems.add(problem("latitude", "grid.report.latitude.range"));
        }
        if (form.getLongitude() != null && form.getLongitude().abs().compareTo(LONGITUDE_MAX) > 0) {
            problems.add(problem("longitude", "grid.report.longitude.range"));
        }
        return problems;
    }

    private FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    /** Six decimals, about a tenth of a metre, as the column keeps them. */
    private static BigDecimal coordinate(BigDecimal degrees) {
        return degrees == null ? null : degrees.setScale(6, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A reported case as the grid worker's list shows it. */
    record ReportLine(PartnerCases.ReportedCase report, String grid) {
    }
}
