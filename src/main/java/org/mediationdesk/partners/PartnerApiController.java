package org.mediationdesk.partners;

import java.util.List;

import org.mediationdesk.cases.PartnerCases;
import org.mediationdesk.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partners' lists over the JSON API: {@code GET /api/agency/opinions} (AGENCY), {@code GET /api/police/notices}
 * and {@code POST /api/police/notices/{caseNumber}/acknowledgement} with an optional {@code note} (POLICE),
 * {@code GET /api/grid/reports} and {@code POST /api/grid/reports} (GRID_WORKER; the photo then as a case file,
 * category SITE_PHOTO). An agency answers through the task API.
 */
@RestController
class PartnerApiController {

    private final PartnerCases partnerCases;
    private final PoliceNotices policeNotices;
    private final GridReports gridReports;

    PartnerApiController(PartnerCases partnerCases, PoliceNotices policeNotices, GridReports gridReports) {
        this.partnerCases = partnerCases;
        this.policeNotices = policeNotices;
        this.gridReports = gridReports;
    }

    @GetMapping("/api/agency/opinions")
    List<PartnerCases.AskedOpinion> opinions(@AuthenticationPrincipal AppUser user) {
        return partnerCases.opinionsAskedOf(user);
    }

    @GetMapping("/api/police/notices")
    List<PartnerCases.PoliceAlert> notices(@AuthenticationPrincipal AppUser user) {
        return partnerCases.alertsTo(user);
    }

    @PostMapping("/api/police/notices/{caseNumber}/acknowledgement")
    ResponseEntity<Void> acknowledge(@PathVariable String caseNumber, @RequestBody(required = false) Acknowledgement body,
                                     @AuthenticationPrincipal AppUser user) {
        policeNotices.acknowledge(caseNumber, body == null ? null : body.note(), user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/grid/reports")
    List<PartnerCases.ReportedCase> reports(@AuthenticationPrincipal AppUser user) {
        return partnerCases.reportedBy(user);
    }

    @PostMapping("/api/grid/reports")
    ResponseEntity<Reported> report(@RequestBody GridReportForm form,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                    @AuthenticationPrincipal AppUser user) {
        form.setSubmissionKey(idempotencyKey);
        String caseNumber = gridReports.report(form, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Reported(caseNumber));
    }

    /** The case a grid report registered; its photo goes to {@code POST /api/cases/{caseNumber}/attachments}. */
    record Reported(String caseNumber) {
    }

    /** What the police add when they confirm they know of a case (optional). */
    record Acknowledgement(String note) {
    }
}
