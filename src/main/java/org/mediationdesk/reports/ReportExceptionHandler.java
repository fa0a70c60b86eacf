package org.mediationdesk.reports;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every export place taken: 429 with {@code Retry-After}, and how many workbooks the node writes at once. */
@RestControllerAdvice(assignableTypes = ReportController.class)
class ReportExceptionHandler {

    static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;

    ReportExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ReportsBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("report.busy", new Object[] {e.places()}, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
