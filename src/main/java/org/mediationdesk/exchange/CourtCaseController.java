package org.mediationdesk.exchange;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The court's side of 诉调对接: a court's system (an account with the COURT role) entrusts cases and reads
 * where they stand. It answers with the court's fields, the centre and the stage, never the parties.
 */
@RestController
@RequestMapping("/api/court/cases")
@Tag(name = "Court exchange", description = "诉前委派/委托调解: a court's system entrusts cases (role COURT)")
class CourtCaseController {

    private final CourtEntrustments entrustments;
    private final CaseQueries cases;
    private final MessageSource messages;

    CourtCaseController(CourtEntrustments entrustments, CaseQueries cases, MessageSource messages) {
        this.entrustments = entrustments;
        this.cases = cases;
        this.messages = messages;
    }

    @ExceptionHandler(CourtAccounts.NotBound.class)
    ResponseEntity<ProblemDetail> notBound() {
        String detail = messages.getMessage("exchange.courtAccount.notBound", null, LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail));
    }

    @ExceptionHandler(CourtRequestLimit.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(CourtRequestLimit.TooLarge e) {
        String detail = messages.getMessage("exchange.request.tooLarge", new Object[] {e.max / (1024 * 1024) + "MB"},
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setProperty("errors", List.of(new FieldProblem("documents", detail)));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @PostMapping
    @Operation(summary = "Entrust a case: 201 with the new case, or 200 with the case this court case already is")
    ResponseEntity<CourtCaseAnswer> entrust(@RequestBody CourtCaseRequest request, @AuthenticationPrincipal AppUser court) {
        CourtEntrustments.Received received = entrustments.receive(request, court);
        CourtCaseAnswer answer = answer(received.entrustment(), court);
        return received.created()
                ? ResponseEntity.created(URI.create("/api/court/cases/" + answer.caseNumber())).body(answer)
                : ResponseEntity.ok(answer);
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "Where a case this court entrusted stands")
    CourtCaseAnswer find(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser court) {
        return answer(entrustments.find(caseNumber, court), court);
    }

    private CourtCaseAnswer answer(CourtEntrustmentMapper.Entrustment entrustment, AppUser court) {
        CaseView view = cases.find(entrustment.caseNumber(), court);
        return new CourtCaseAnswer(entrustment.caseNumber(), entrustment.courtCode(), entrustment.courtName(),
                entrustment.courtCaseNumber(), entrustment.courtStage(), entrustment.entrustedOn(),
                entrustment.receivedAt(), view.status(), view.centre(), view.outcome());
    }

    /** A court's case as the court sees it: our case number, its own fields, the centre, the stage and outcome. */
    record CourtCaseAnswer(String caseNumber, String courtCode, String courtName, String courtCaseNumber,
                           CourtStage stage, LocalDate entrustedOn, LocalDateTime receivedAt, CaseStatus status,
                           CaseView.Named centre, String outcome) {
    }
}
