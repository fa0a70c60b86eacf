package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.mediationdesk.cases.forms.CancelSessionForm;
import org.mediationdesk.cases.forms.PlanSessionForm;
import org.mediationdesk.cases.forms.SessionForm;
import org.mediationdesk.process.Stage;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions planned ahead (预约调解): plan one while the case is in mediation, move or cancel it, and
 * record it as held, which writes the usual session record linked to the plan. Each step is one
 * transaction with its line in the case history, in Chinese.
 */
@Service
public class SessionPlanning {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CaseAccess access;
    private final FormReader forms;
    private final PlannedSessionMapper plans;
    private final CaseMapper cases;
    private final CaseJournal journal;
    private final ReferenceData referenceData;
    private final Workflow workflow;
    private final TransactionTemplate transaction;

    SessionPlanning(CaseAccess access, FormReader forms, PlannedSessionMapper plans, CaseMapper cases,
                    CaseJournal journal, ReferenceData referenceData, Workflow workflow,
                    PlatformTransactionManager transactions) {
        this.access = access;
        this.forms = forms;
        this.plans = plans;
        this.cases = cases;
        this.journal = journal;
        this.referenceData = referenceData;
        this.workflow = workflow;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The case's plans, earliest first, for anyone who may see the case. */
    public List<PlannedSession> ofCase(String caseNumber, AppUser user) {
        CaseRef ref = access.visibleCase(caseNumber, user);
        LocalDateTime now = journal.now();
        return plans.findByCase(ref.id()).stream().map(row -> view(row, now)).toList();
    }

    /** @return the new plan's id */
    public long plan(String caseNumber, JsonNode data, AppUser user) {
        CaseRef ref = caseInMediation(caseNumber, user);
        PlanSessionForm form = checked(ref, forms.read(data, PlanSessionForm.class));
        var key = new PlannedSessionMapper.GeneratedKey();
        transaction.executeWithoutResult(status -> {
            plans.insert(row(null, ref, form, user), key);
            journal.record(ref.id(), EventType.SESSION_PLANNED, user.username(),
                    EventNote.of("sessionPlanned", EventNote.note(describe(form))));
        });
        return key.getId();
    }

    public void reschedule(String caseNumber, long planId, JsonNode data, AppUser user) {
        CaseRef ref = caseInMediation(caseNumber, user);
        PlannedSessionMapper.Row before = planned(ref, planId);
        PlanSessionForm form = checked(ref, forms.read(data, PlanSessionForm.class));
        transaction.executeWithoutResult(status -> {
            if (plans.reschedule(row(planId, ref, form, user)) != 1) {
                throw new ConflictException("session.plan.notPlanned");
            }
            journal.record(ref.id(), EventType.SESSION_RESCHEDULED, user.username(), EventNote.of("sessionRescheduled",
                    EventNote.text(before.startsAt().format(WHEN)), EventNote.note(describe(form))));
        });
    }

    public void cancel(String caseNumber, long planId, JsonNode data, AppUser user) {
        CaseRef ref = workableCase(caseNumber, user);
        PlannedSessionMapper.Row before = planned(ref, planId);
        CancelSessionForm form = forms.read(data, CancelSessionForm.class);
        transaction.executeWithoutResult(status -> {
            if (plans.leavePlanned(planId, PlannedSession.Status.CANCELLED) != 1) {
                throw new ConflictException("session.plan.notPlanned");
            }
            journal.record(ref.id(), EventType.SESSION_CANCELLED, user.username(), EventNote.of("sessionCancelled",
                    EventNote.text(before.startsAt().format(WHEN)), EventNote.text(before.place()),
                    EventNote.text(form.reason())));
        });
    }

    /** Records the planned session as held: the session record (调解记录) is linked to its plan. */
    public void recordHeld(String caseNumber, long planId, JsonNode data, AppUser user) {
        CaseRef ref = caseInMediation(caseNumber, user);
        PlannedSessionMapper.Row before = planned(ref, planId);
        SessionForm form = forms.read(data, SessionForm.class);
        transaction.executeWithoutResult(status -> {
            if (plans.leavePlanned(planId, PlannedSession.Status.HELD) != 1) {
                throw new ConflictException("session.plan.notPlanned");
            }
            plans.insertHeldSession(ref.id(), planId, new MediationSession(form.heldAt(), form.place(),
                    form.attendees(), form.summary(), form.nextStep(), user.username(), journal.now()));
            journal.record(ref.id(), EventType.SESSION_RECORDED, user.username(), EventNote.of("sessionHeldAsPlanned",
                    EventNote.text(before.startsAt().format(WHEN)), EventNote.text(form.place()),
                    EventNote.text(form.summary())));
            journal.milestone(ref.id(), ref.caseNumber(), CaseMilestone.Kind.SESSION_HELD, null);
        });
    }

    private PlanSessionForm checked(CaseRef ref, PlanSessionForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!form.startsAt().isAfter(journal.now())) {
            problems.add(forms.problem("startsAt", "session.plan.startsInPast"));
        }
        if (form.endsAt() != null && form.durationMinutes() != null) {
            problems.add(forms.problem("durationMinutes", "session.plan.endOrDuration"));
        } else if (form.end() != null && !form.end().isAfter(form.startsAt())) {
            problems.add(forms.problem("endsAt", "session.plan.endBeforeStart"));
        }
        Set<String> rolesOfCase = cases.findParties(ref.id()).stream().map(p -> p.role().name()).collect(Collectors.toSet());
        for (int i = 0; i < form.invitedRoles().size(); i++) {
            if (!rolesOfCase.contains(form.invitedRoles().get(i))) {
                problems.add(forms.problem("invitedRoles[" + i + "]", "session.plan.noSuchParty", form.invitedRoles().get(i)));
            }
        }
        for (int i = 0; i < form.invitedAgencies().size(); i++) {
            if (referenceData.agency(form.invitedAgencies().get(i)).isEmpty()) {
                problems.add(forms.problem("invitedAgencies[" + i + "]", "form.agency.unknown", form.invitedAgencies().get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return form;
    }

    private PlannedSessionMapper.Row row(Long id, CaseRef ref, PlanSessionForm form, AppUser user) {
        return new PlannedSessionMapper.Row(id, ref.id(), form.startsAt(), form.end(), form.place(),
                joined(form.invitedRoles()), joined(form.invitedAgencies()), form.invitedOthers(), form.note(),
                PlannedSession.Status.PLANNED, user.username(), journal.now(), 0);
    }

    /** "2026-12-10 09:30—11:00，菱湖镇调解室；邀请：申请人、渔业协会；备注：…" for the history, in the reader's language. */
    private static EventNote describe(PlanSessionForm form) {
        List<EventNote.Arg> invitees = Stream.concat(Stream.concat(
                        form.invitedRoles().stream().distinct().map(r -> EventNote.label("PartyRole", PartyRole.valueOf(r))),
                        form.invitedAgencies().stream().distinct().map(agency -> EventNote.agencies(List.of(agency)))),
                        Stream.ofNullable(form.invitedOthers()).map(EventNote::text))
                .toList();
        LocalDateTime end = form.end();
        String when = form.startsAt().format(WHEN)
                + (end == null ? "" : "—" + (end.toLocalDate().equals(form.startsAt().toLocalDate())
                        ? end.format(TIME) : end.format(WHEN)));
        String key = "sessionPlan" + (invitees.isEmpty() ? "" : "Inviting") + (form.note() == null ? "" : "WithNote");
        return EventNote.of(key, EventNote.text(when), EventNote.text(form.place()), EventNote.list(invitees),
                EventNote.text(form.note()));
    }

    private PlannedSessionMapper.Row planned(CaseRef ref, long planId) {
        PlannedSessionMapper.Row row = plans.find(ref.id(), planId)
                .orElseThrow(() -> new NotFoundException("session.plan.notFound", "No planned session " + planId));
        if (row.status() != PlannedSession.Status.PLANNED) {
            throw new ConflictException("session.plan.notPlanned");
        }
        return row;
    }

    private CaseRef caseInMediation(String caseNumber, AppUser user) {
        CaseRef ref = workableCase(caseNumber, user);
        if (!workflow.isAt(ref.processInstanceId(), Stage.MEDIATE)) {
            throw new ConflictException("case.notInMediation");
        }
        return ref;
    }

    private CaseRef workableCase(String caseNumber, AppUser user) {
        if (!user.has(Role.MEDIATOR) && !user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only mediators and managers plan sessions");
        }
        return access.workableCase(caseNumber, user);
    }

    static PlannedSession view(PlannedSessionMapper.Row row, LocalDateTime now) {
        return new PlannedSession(row.id(), row.startsAt(), row.endsAt(), row.place(),
                split(row.invitedRoles()).stream().map(PartyRole::valueOf).toList(), split(row.invitedAgencies()),
                row.invitedOthers(), row.note(), row.status(), row.plannedBy(),
                row.status() == PlannedSession.Status.PLANNED && !row.startsAt().isAfter(now));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : values.stream().distinct().collect(Collectors.joining(","));
    }
}
