package org.mediationdesk.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.cases.DisputeRegistered;
import org.mediationdesk.privacy.PersonalDataCipher;
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

    /** What V31 left of the plain hashes of earlier keys: those replay their case without comparing bodies. */
    private static final String ERASED_HASH = "0".repeat(64);

    private final RegistrationValidator validator;
    private final CaseNumberAllocator caseNumbers;
    private final IntakeMapper cases;
    private final IdempotencyKeyMapper idempotencyKeys;
    private final Workflow process;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;

    CaseRegistrationService(RegistrationValidator validator, CaseNumberAllocator caseNumbers, IntakeMapper cases,
                            IdempotencyKeyMapper idempotencyKeys, Workflow process,
                            PlatformTransactionManager transactions, ObjectMapper objectMapper, Clock clock,
                            ApplicationEventPublisher events, PersonalDataCipher cipher) {
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.cases = cases;
        this.idempotencyKeys = idempotencyKeys;
        this.process = process;
        this.transaction = new TransactionTemplate(transactions);
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.events = events;
        this.cipher = cipher;
    }

    /** Checks a registration without storing anything; throws {@code InvalidRequestException} listing every problem. */
    public void check(RegisterCaseRequest request) {
        validator.validate(request);
    }

    /** @param idempotencyKey the client's key for safe retries, or null */
    public Registration register(RegisterCaseRequest request, String idempotencyKey, AppUser registrant) {
        return register(request, idempotencyKey, registrant, Alongside.NOTHING);
    }

    /**
     * Registers for a module that keeps a part of the case of its own (a court's entrustment, a grid report):
     * {@code alongside} writes it in the registration's transaction, so a failure there leaves no case and a case
     * has its part; a replayed key does not call it again.
     */
    public Registration register(RegisterCaseRequest request, AppUser registrant, Alongside alongside) {
        return register(request, null, registrant, alongside);
    }

    /** As {@link #register(RegisterCaseRequest, AppUser, Alongside)}, with the client's key for safe retries. */
    public Registration register(RegisterCaseRequest request, String idempotencyKey, AppUser registrant,
                                 Alongside alongside) {
        String requestHash = idempotencyKey == null ? null : hash(request);
        Optional<Registration> earlier = replay(registrant, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String townshipCode = validator.validate(request);
        String caseNumber = caseNumbers.next(request.countyCode(), LocalDateTime.now(clock).getYear());
        try {
            transaction.executeWithoutResult(status ->
                    store(caseNumber, request, townshipCode, registrant, idempotencyKey, requestHash, alongside));
            return new Registration(caseNumber, false);
        } catch (DuplicateKeyException sameKeyRegisteredConcurrently) {
            return replay(registrant, idempotencyKey, requestHash).orElseThrow(() -> sameKeyRegisteredConcurrently);
        }
    }

    private void store(String caseNumber, RegisterCaseRequest request, String townshipCode, AppUser registrant,
                       String idempotencyKey, String requestHash, Alongside alongside) {
        LocalDateTime now = LocalDateTime.now(clock);
        NewCase newCase = new NewCase(caseNumber, request, townshipCode, registrant.username(), now);
        cases.insertCase(newCase);
        long caseId = newCase.getId();
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        cases.insertParties(caseId, request.parties().stream()
                .map(party -> IntakeMapper.NewParty.of(party, cipher, sealer)).toList());
        cases.insertRegisteredEvent(caseId, registrant.username(), now);
        if (idempotencyKey != null) {
            idempotencyKeys.insert(registrant.username(), idempotencyKey, requestHash, caseId, now);
        }
        cases.updateProcessInstance(caseId, process.start(caseId, caseNumber));
        alongside.store(caseId, caseNumber);
        events.publishEvent(new DisputeRegistered(caseId, caseNumber));
    }

    /** A key is the sending user's own: another user's same key is theirs, and says nothing of this one. */
    private Optional<Registration> replay(AppUser registrant, String idempotencyKey, String requestHash) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return idempotencyKeys.find(registrant.username(), idempotencyKey).map(stored -> {
            if (!stored.requestHash().equals(requestHash) && !stored.requestHash().equals(ERASED_HASH)) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            return new Registration(stored.caseNumber(), true);
        });
    }

    /** Keyed: a plain hash of a body with an ID number could be reversed by trying every number. */
    private String hash(RegisterCaseRequest request) {
        try {
            return cipher.keyedHash("registration", objectMapper.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another module's part of a new case, written in the registration's transaction. */
    @FunctionalInterface
    public interface Alongside {

        Alongside NOTHING = (caseId, caseNumber) -> { };

        void store(long caseId, String caseNumber);
    }

    /** The case a registration created, or found again for a retried Idempotency-Key. */
    public record Registration(String caseNumber, boolean replayed) {
    }
}
