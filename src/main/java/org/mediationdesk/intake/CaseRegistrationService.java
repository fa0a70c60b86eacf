package org.mediationdesk.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.cases.DisputeRegistered;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.IdempotencyKeyReusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a dispute: one transaction writes the case, its parties and events, and starts the
 * process, whose triage routes it; either all of it is stored or none of it.
 */
@Service
public class CaseRegistrationService {

    private final RegistrationValidator validator;
    private final CaseNumberAllocator caseNumbers;
    private final IntakeMapper cases;
    private final IdempotencyKeyMapper idempotencyKeys;
    private final Workflow process;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseRegistrationService(RegistrationValidator validator, CaseNumberAllocator caseNumbers, IntakeMapper cases,
                            IdempotencyKeyMapper idempotencyKeys, Workflow process,
                            PlatformTransactionManager transactions, ObjectMapper objectMapper, Clock clock,
                            ApplicationEventPublisher events) {
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.cases = cases;
        this.idempotencyKeys = idempotencyKeys;
        this.process = process;
        this.transaction = new TransactionTemplate(transactions);
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.events = events;
    }

    /** @param idempotencyKey the client's key for safe retries, or null */
    public Registration register(RegisterCaseRequest request, String idempotencyKey, AppUser registrant) {
        String requestHash = idempotencyKey == null ? null : hash(request);
        Optional<Registration> earlier = replay(registrant, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String townshipCode = validator.validate(request);
        String caseNumber = caseNumbers.next(request.countyCode(), LocalDateTime.now(clock).getYear());
        try {
            transaction.executeWithoutResult(status ->
                    store(caseNumber, request, townshipCode, registrant, idempotencyKey, requestHash));
            return new Registration(caseNumber, false);
        } catch (DuplicateKeyException sameKeyRegisteredConcurrently) {
            return replay(registrant, idempotencyKey, requestHash).orElseThrow(() -> sameKeyRegisteredConcurrently);
        }
    }

    private void store(String caseNumber, RegisterCaseRequest request, String townshipCode, AppUser registrant,
                       String idempotencyKey, String requestHash) {
        LocalDateTime now = LocalDateTime.now(clock);
        NewCase newCase = new NewCase(caseNumber, request, townshipCode, registrant.username(), now);
        cases.insertCase(newCase);
        long caseId = newCase.getId();
        cases.insertParties(caseId, request.parties().stream().map(IntakeMapper.NewParty::of).toList());
        cases.insertRegisteredEvent(caseId, registrant.username(), now);
        if (idempotencyKey != null) {
            idempotencyKeys.insert(registrant.username(), idempotencyKey, requestHash, caseId, now);
        }
        cases.updateProcessInstance(caseId, process.start(caseId, caseNumber));
        events.publishEvent(new DisputeRegistered(caseId, caseNumber));
    }

    /** A key is the sending user's own: another user's same key is theirs, and says nothing of this one. */
    private Optional<Registration> replay(AppUser registrant, String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return idempotencyKeys.find(registrant.username(), idempotencyKey).map(stored -> {
            if (!stored.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            return new Registration(stored.caseNumber(), true);
        });
    }

    private String hash(RegisterCaseRequest request) {
        try {
            byte[] json = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case a registration created, or found again for a retried Idempotency-Key. */
    public record Registration(String caseNumber, boolean replayed) {
    }
}
