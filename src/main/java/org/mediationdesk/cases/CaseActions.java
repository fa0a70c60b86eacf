package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.cases.forms.AgenciesForm;
import org.mediationdesk.cases.forms.SessionForm;
import org.mediationdesk.cases.forms.TransferForm;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a mediator or manager does to a case in mediation without finishing the stage: record a
 * session, ask agencies to join, transfer it to another centre. Each is one transaction.
 */
@Service
public class CaseActions {

    private final CaseAccess access;
    private final FormReader forms;
    private final MediationRecordMapper records;
    private final CaseJournal journal;
    private final ReferenceData referenceData;
    private final DeadlinePolicy deadlines;
    private final Workflow workflow;
    private final EngineTransaction engineTransaction;
    private final TransactionTemplate transaction;

    CaseActions(CaseAccess access, FormReader forms, MediationRecordMapper records, CaseJournal journal,
                ReferenceData referenceData, DeadlinePolicy deadlines, Workflow workflow,
                EngineTransaction engineTransaction, PlatformTransactionManager transactions) {
        this.access = access;
        this.forms = forms;
        this.records = records;
        this.journal = journal;
        this.referenceData = referenceData;
        this.deadlines = deadlines;
        this.workflow = workflow;
        this.engineTransaction = engineTransaction;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void recordSession(String caseNumber, JsonNode data, AppUser user) {
        CaseRef ref = caseInMediation(caseNumber, user);
        SessionForm form = forms.read(data, SessionForm.class);
        transaction.executeWithoutResult(status -> {
            records.insertSession(ref.id(), new MediationSession(form.heldAt(), form.place(), form.attendees(),
                    form.summary(), form.nextStep(), user.username(), journal.now()));
            journal.record(ref.id(), EventType.SESSION_RECORDED, user.username(), EventNote.of("sessionRecorded",
                    EventNote.text(form.place()), EventNote.text(form.summary())));
            journal.milestone(ref.id(), ref.caseNumber(), CaseMilestone.Kind.SESSION_HELD, null);
        });
    }

    public void requestAgencies(String caseNumber, JsonNode data, AppUser user) {
        CaseRef ref = caseInMediation(caseNumber, user);
        AgenciesForm form = forms.read(data, AgenciesForm.class);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < form.agencies().size(); i++) {
            if (referenceData.agency(form.agencies().get(i)).isEmpty()) {
                problems.add(forms.problem("agencies[" + i + "]", "form.agency.unknown", form.agencies().get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<String> agencies = form.agencies().stream().distinct().toList();
        engineTransaction.runAs(user.username(), () -> {
            requireNoOpinionsAwaited(ref);
            LocalDateTime now = journal.now();
            LocalDateTime due = now.plus(deadlines.agencyOpinions());
            agencies.forEach(agency -> records.insertOpinionRequest(ref.id(), agency, user.username(), now, due));
            journal.record(ref.id(), EventType.AGENCIES_REQUESTED, user.username(), form.note() == null
                    ? EventNote.of("agenciesRequested", EventNote.agencies(agencies))
                    : EventNote.of("agenciesRequestedWithNote", EventNote.agencies(agencies), EventNote.text(form.note())));
            workflow.requestAgencies(ref.processInstanceId(), agencies, due);
        });
    }

    public void transfer(String caseNumber, JsonNode data, AppUser user) {
        CaseRef ref = caseInMediation(caseNumber, user);
        TransferForm form = forms.read(data, TransferForm.class);
        if (referenceData.centre(form.centreCode()).isEmpty()) {
            throw new InvalidRequestException(List.of(forms.problem("centreCode", "form.centre.unknown", form.centreCode())));
        }
        if (form.centreCode().equals(ref.centreCode())) {
            throw new InvalidRequestException(List.of(forms.problem("centreCode", "form.centre.same")));
        }
        engineTransaction.runAs(user.username(), () -> {
            // The agencies answer the centre that asked them; a transfer waits until they have.
            requireNoOpinionsAwaited(ref);
            workflow.requestTransfer(ref.processInstanceId(), form.centreCode(), form.reason());
        });
    }

    private void requireNoOpinionsAwaited(CaseRef ref) {
        if (records.findOpinions(ref.id()).stream().anyMatch(o -> o.status() == AgencyOpinion.Status.REQUESTED)) {
            throw new ConflictException("case.agenciesPending");
        }
    }

    private CaseRef caseInMediation(String caseNumber, AppUser user) {
        if (!user.has(Role.MEDIATOR) && !user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only mediators and managers work on cases");
        }
        CaseRef ref = access.workableCase(caseNumber, user);
        if (!workflow.isAt(ref.processInstanceId(), Stage.MEDIATE)) {
            throw new ConflictException("case.notInMediation");
        }
        return ref;
    }
}
