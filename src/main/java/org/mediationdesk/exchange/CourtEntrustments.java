package org.mediationdesk.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;
import org.mediationdesk.attachments.CaseAttachments;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Receives a court's entrusted case: checks the court's fields and the dispute (intake's rules) in one round,
 * registers it through intake's service with the entrustment row and the documents in the registration's
 * transaction, and answers a resend of the same court case with the case it created.
 */
@Service
class CourtEntrustments {

    /** Intake's names for the fields this API names otherwise. */
    private static final Map<String, String> FIELD_NAMES = Map.of("courtStage", "stage", "courtFileReceivedOn", "entrustedOn");

    private final CaseRegistrationService registration;
    private final CaseAttachments attachments;
    private final CourtEntrustmentMapper entrustments;
    private final CourtAccounts courtAccounts;
    private final Validator fieldRules;
    private final MessageSource messages;
    private final Clock clock;

    CourtEntrustments(CaseRegistrationService registration, CaseAttachments attachments,
                      CourtEntrustmentMapper entrustments, CourtAccounts courtAccounts, Validator fieldRules,
                      MessageSource messages, Clock clock) {
        this.courtAccounts = courtAccounts;
        this.registration = registration;
        this.attachments = attachments;
        this.entrustments = entrustments;
        this.fieldRules = fieldRules;
        this.messages = messages;
        this.clock = clock;
    }

    Received receive(CourtCaseRequest request, AppUser court) {
        CourtAccountMapper.CourtAccount bound = courtAccounts.courtOf(court.username());
        List<FieldProblem> problems = courtProblems(request);
        if (request.court() != null && request.court().code() != null
                && !request.court().code().strip().equals(bound.courtCode())) {
            problems.add(new FieldProblem("court.code", messages.getMessage("exchange.court.notThisAccount",
                    new Object[] {bound.courtName(), bound.courtCode()}, LocaleContextHolder.getLocale())));
        }
        if (request.court() != null && request.courtCaseNumber() != null) {
            Optional<CourtEntrustmentMapper.Entrustment> earlier = earlier(request);
            if (earlier.isPresent() && problems.isEmpty()) {
                return new Received(earlier.get(), false);
            }
        }
        try {
            registration.check(request.registration());
        } catch (InvalidRequestException disputeProblems) {
            disputeProblems.problems().forEach(problem -> problems.add(renamed(problem)));
        }
        List<byte[]> documents = decode(request.documents(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        try {
            registration.register(request.registration(), court,
                    (caseId, caseNumber) -> storeAlongside(caseId, caseNumber, request, documents, court));
        } catch (DuplicateKeyException sameCourtCaseReceivedConcurrently) {
            return new Received(earlier(request).orElseThrow(() -> sameCourtCaseReceivedConcurrently), false);
        }
        return new Received(earlier(request).orElseThrow(), true);
    }

    CourtEntrustmentMapper.Entrustment find(String caseNumber, AppUser court) {
        courtAccounts.courtOf(court.username()); // an account with no court bound reads nothing either (403)
        return entrustments.findByCaseNumber(caseNumber)
                .filter(entrustment -> entrustment.receivedBy().equals(court.username()))
                .orElseThrow(() -> new NotFoundException("exchange.courtCase.notFound", caseNumber));
    }

    private Optional<CourtEntrustmentMapper.Entrustment> earlier(CourtCaseRequest request) {
        return entrustments.findByCourtCase(request.court().code().strip(), request.courtCaseNumber().strip());
    }

    private void storeAlongside(long caseId, String caseNumber, CourtCaseRequest request, List<byte[]> documents,
                                AppUser court) {
        entrustments.insert(new CourtEntrustmentMapper.Entrustment(caseId, caseNumber, request.court().code().strip(),
                request.court().name().strip(), request.courtCaseNumber().strip(), request.stage(), request.entrustedOn(),
                court.username(), LocalDateTime.now(clock)));
        for (int i = 0; i < documents.size(); i++) {
            CourtCaseRequest.CourtDocument document = request.documents().get(i);
            try {
                attachments.attachAsRegistrant(caseNumber, new CaseAttachments.Upload(document.fileName(),
                        new ByteArrayInputStream(documents.get(i)), document.category(), null, null), court);
            } catch (InvalidRequestException refused) {
                String prefix = "documents[" + i + "].";
                throw new InvalidRequestException(refused.problems().stream()
                        .map(problem -> new FieldProblem(prefix + (problem.field().equals("file") ? "content" : problem.field()),
                                problem.message()))
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<FieldProblem> courtProblems(CourtCaseRequest request) {
        return new ArrayList<>(fieldRules.validate(request).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString().replace(".<list element>", ""),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
    }

    private List<byte[]> decode(List<CourtCaseRequest.CourtDocument> documents, List<FieldProblem> problems) {
        List<byte[]> decoded = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            CourtCaseRequest.CourtDocument document = documents.get(i);
            if (document == null || document.content() == null) {
                continue;
            }
            try {
                decoded.add(Base64.getDecoder().decode(document.content()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("documents[" + i + "].content", messages.getMessage(
                        "exchange.document.notBase64", null, LocaleContextHolder.getLocale())));
            }
        }
        return decoded;
    }

    private static FieldProblem renamed(FieldProblem problem) {
        return new FieldProblem(FIELD_NAMES.getOrDefault(problem.field(), problem.field()), problem.message());
    }

    /** The court's case, and whether this request created it (201) or found it (200). */
    record Received(CourtEntrustmentMapper.Entrustment entrustment, boolean created) {
    }
}
