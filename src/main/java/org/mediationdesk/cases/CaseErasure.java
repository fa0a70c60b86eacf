package org.mediationdesk.cases;

import java.util.List;
import java.util.Map;

import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-protection officer de-identifies one closed case before its retention ends, on a party's
 * request (个人信息保护法 art. 47), with a reason: the case's history says so and an access record keeps
 * the reason, with the parties' names in it replaced by their labels. An open case answers 409: its
 * handling still needs the data.
 */
@Service
public class CaseErasure {

    static final int MAX_REASON = 500;

    private final CaseMapper cases;
    private final CaseDeidentification deidentification;
    private final CaseJournal journal;
    private final AccessRecords accessRecords;
    private final MessageSource messages;

    CaseErasure(CaseMapper cases, CaseDeidentification deidentification, CaseJournal journal,
                AccessRecords accessRecords, MessageSource messages) {
        this.cases = cases;
        this.deidentification = deidentification;
        this.journal = journal;
        this.accessRecords = accessRecords;
        this.messages = messages;
    }

    /**
     * @throws InvalidRequestException (field {@code reason}) without a reason or with one too long
     * @throws CaseNotFoundException   for an unknown case
     * @throws ConflictException       when the case is not closed or is de-identified already
     */
    @Transactional
    public void erase(String caseNumber, String reason, AppUser officer) {
        if (!officer.has(Role.DPO)) {
            throw new AccessDeniedException("Only the data-protection officer erases a case's personal data early");
        }
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > MAX_REASON) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason", messages.getMessage(
                    "privacy.erasure.reason.invalid", new Object[] {MAX_REASON}, LocaleContextHolder.getLocale()))));
        }
        CaseMapper.CaseRow row = cases.findByNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        if (row.status() != CaseStatus.CLOSED) {
            throw new ConflictException("case.erasure.notPossible", caseNumber);
        }
        Map<String, String> labels = deidentification.deidentify(row.id(), caseNumber, journal.now());
        String recorded = CaseDeidentification.withoutNames(given, labels);
        journal.record(row.id(), EventType.DEIDENTIFIED, officer.username(),
                EventNote.of("deidentified.request", EventNote.text(recorded)));
        accessRecords.onCase(officer, AccessAction.ERASED, caseNumber, "early de-identification on request", recorded);
    }
}
