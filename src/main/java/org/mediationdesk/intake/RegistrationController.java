package org.mediationdesk.intake;

import java.net.URI;
import java.util.List;

import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for registering disputes (reading them is the case record's API). The request is checked
 * by the service ({@link RegistrationValidator}), so field rules and reference-data checks answer together.
 */
@RestController
@RequestMapping("/api/cases")
class RegistrationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 128;

    private final CaseRegistrationService registration;
    private final CaseQueries queries;
    private final MessageSource messages;

    RegistrationController(CaseRegistrationService registration, CaseQueries queries, MessageSource messages) {
        this.registration = registration;
        this.queries = queries;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<CaseView> register(@RequestBody RegisterCaseRequest request,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                      @AuthenticationPrincipal AppUser user) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw new InvalidRequestException(List.of(new FieldProblem(IDEMPOTENCY_KEY, messages.getMessage(
                    "request.idempotencyKey.invalid", new Object[] {MAX_KEY_LENGTH}, LocaleContextHolder.getLocale()))));
        }
        var registered = registration.register(request, idempotencyKey, user);
        return ResponseEntity.created(URI.create("/api/cases/" + registered.caseNumber()))
                .header(REPLAYED, Boolean.toString(registered.replayed()))
                .body(queries.find(registered.caseNumber(), user));
    }
}
