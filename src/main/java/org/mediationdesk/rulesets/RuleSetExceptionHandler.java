package org.mediationdesk.rulesets;

import java.util.Locale;

import org.mediationdesk.system.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A version refused for its content answers 400 with {@code errors} (field = {@code file:line}) and
 * {@code problems} ({@code file}, {@code line}, {@code message}); an approval by one of the
 * version's preparers answers 403; a draft run refused answers 409 (the author runs one already) or
 * 429 (the node runs as many as it may), with {@code reason} AUTHOR_BUSY or POOL_FULL and, when
 * the author's running simulation is what keeps them busy, {@code running}: where it answers.
 * Someone else's simulation job answers 403.
 */
@RestControllerAdvice(basePackageClasses = RuleSetExceptionHandler.class)
class RuleSetExceptionHandler {

    private final MessageSource messages;

    RuleSetExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleSetRejectedException.class)
    ProblemDetail rejected(RuleSetRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message(e.messageKey()));
        problem.setProperty("errors", e.problems().stream()
                .map(p -> new FieldProblem(p.location(), p.message())).toList());
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(FourEyesException.class)
    ProblemDetail fourEyes(FourEyesException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("ruleset.fourEyes"));
    }

    @ExceptionHandler(DraftRunRefusedException.class)
    ProblemDetail draftRunRefused(DraftRunRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.reason().status(),
                e.message(messages, LocaleContextHolder.getLocale()));
        problem.setProperty("reason", e.reason().name());
        if (e.running() != null) {
            problem.setProperty("running", e.running());
        }
        return problem;
    }

    @ExceptionHandler(SimulationJobForbiddenException.class)
    ProblemDetail othersJob(SimulationJobForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("ruleset.simulation.job.forbidden"));
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }
}
