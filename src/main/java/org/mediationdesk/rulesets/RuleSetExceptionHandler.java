package org.mediationdesk.rulesets;

import java.util.Locale;

import org.mediationdesk.cases.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A version refused for its content answers 400 with {@code errors} (field = {@code file:line}) and
 * {@code problems} ({@code file}, {@code line}, {@code message}); an approval by one of the
 * version's preparers answers 403.
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

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }
}
