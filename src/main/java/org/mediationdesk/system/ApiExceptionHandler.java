package org.mediationdesk.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every rejected API request into an RFC 9457 problem with an {@code errors} list naming
 * each bad field, in the caller's language; unexpected failures stay 500 and are logged by Spring.
 * Only for {@code @RestController}s: pages (plain {@code @Controller}s) answer with pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** As long as a password check waits when the database cannot answer it (ApiAuthenticationEntryPoint). */
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;
    private final String maxUploadSize;

    ApiExceptionHandler(MessageSource messages,
                        @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxUploadSize) {
        this.messages = messages;
        this.maxUploadSize = maxUploadSize;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return badRequest(e.problems());
    }

    /**
     * The database went away during the request (a restart, a failover): 503 with Retry-After, so the client sends it
     * again with its Idempotency-Key. Left to the container, a failed rollback on the lost connection once reached
     * the client as an empty 200 (DatabaseRestartFaultIT).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, RecoverableDataAccessException.class,
            CannotCreateTransactionException.class, TransactionSystemException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message("request.databaseUnavailable")));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, message("request.idempotencyKey.reused"));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message(e.messageKey(), e.args()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message(e.messageKey()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("request.forbidden"));
    }

    /** A multipart body that could not be read (cut off, not multipart at all). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        return badRequest(List.of(new FieldProblem("file", message("upload.unreadable"))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A feature's own limit, when it names one; else the servlet's cap.
        String limit = e.getMaxUploadSize() > 0 ? megabytes(e.getMaxUploadSize()) : maxUploadSize;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                message("upload.tooLarge", limit));
        problem.setProperty("errors", List.of(new FieldProblem("file", problem.getDetail())));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(problems));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of(
                new FieldProblem(e.getPropertyName(), message("request.field.invalid", String.valueOf(e.getValue()))))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of(describe(e.getCause()))));
    }

    private FieldProblem describe(Throwable cause) {
        StreamReadException duplicate = duplicateField(cause);
        if (duplicate != null) {
            String field = FieldProblem.fieldOf(duplicate.getProcessor().getParsingContext());
            return new FieldProblem(field, message("request.field.duplicate", field));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(FieldProblem.fieldOf(unknown), message("request.field.unknown"));
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String accepted = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
            return new FieldProblem(FieldProblem.fieldOf(invalid), message("request.field.notOneOf", invalid.getValue(), accepted));
        }
        if (cause instanceof InvalidFormatException invalid && isWholeNumber(invalid.getTargetType())
                && invalid.getValue() instanceof Number) {
            String field = FieldProblem.fieldOf(invalid);
            return new FieldProblem(field, message("request.field.notWholeNumber", field, invalid.getValue()));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return new FieldProblem(FieldProblem.fieldOf(invalid), message("request.field.invalid", String.valueOf(invalid.getValue())));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem(FieldProblem.fieldOf(mapping), message("request.field.wrongType"));
        }
        if (cause instanceof JsonProcessingException) {
            return new FieldProblem(null, message("request.malformed"));
        }
        return new FieldProblem(null, message("request.body.missing"));
    }

    /** Jackson's strict duplicate detection, also where a record's deserialiser wrapped it with a path. */
    private static StreamReadException duplicateField(Throwable cause) {
        for (Throwable at = cause; at != null; at = at.getCause()) {
            if (at instanceof StreamReadException read && read.getProcessor() != null
                    && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate field")) {
                return read;
            }
        }
        return null;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class;
    }

    private static String megabytes(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes % megabyte == 0 ? bytes / megabyte + "MB" : bytes + "B";
    }

    private ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("request.invalid"));
        problem.setProperty("errors", problems);
        return problem;
    }

    private String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, locale);
    }
}
