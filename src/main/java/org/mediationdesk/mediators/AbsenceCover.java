package org.mediationdesk.mediators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.WorkQuery;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Records a mediator's leave; if it has begun, announces {@link LeaveBegan} in the same transaction,
 * so their open tasks go at once to colleagues the assignment rules choose (their named stand-in
 * first) and each case's history says so. Also records declared conflicts of interest.
 */
@Service
class AbsenceCover {

    private final MediatorAssignment mediators;
    private final ApplicationEventPublisher events;
    private final Workflow workflow;
    private final EngineTransaction engineTransaction;
    private final CentreScope centreScope;
    private final MessageSource messages;
    private final Clock clock;

    AbsenceCover(MediatorAssignment mediators, ApplicationEventPublisher events, Workflow workflow,
                 EngineTransaction engineTransaction, CentreScope centreScope,
                 MessageSource messages, Clock clock) {
        this.mediators = mediators;
        this.events = events;
        this.workflow = workflow;
        this.engineTransaction = engineTransaction;
        this.centreScope = centreScope;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return how many open tasks moved to colleagues or back to the queue */
    int recordLeave(String mediator, LeaveRequest leave, AppUser manager) {
        String centre = centreManagedBy(manager, mediator);
        validate(leave, centre);
        List<Integer> moved = new ArrayList<>();
        engineTransaction.runAs(manager.username(), () -> {
            mediators.recordLeave(mediator, leave.startsOn(), leave.endsOn(), leave.standIn(), leave.reason(),
                    manager.username());
            LocalDate today = LocalDate.now(clock);
            if (leave.startsOn().isAfter(today) || leave.endsOn().isBefore(today)) {
                return;
            }
            int held = (int) workflow.count(WorkQuery.heldBy(mediator));
            events.publishEvent(new LeaveBegan(mediator, leave.standIn(), manager.username()));
            moved.add(held);
        });
        return moved.isEmpty() ? 0 : moved.get(0);
    }

    /** The mediator is back (or will not go): work moved to colleagues stays with them. */
    void endLeave(String mediator, long leaveId, AppUser manager) {
        centreManagedBy(manager, mediator);
        if (!mediators.endLeave(mediator, leaveId, manager.username())) {
            throw new NotFoundException("leave.notFound", "No running or coming leave " + leaveId + " of " + mediator);
        }
    }

    /** Cases of this person already open stay with their mediator; new assignments respect it. */
    void declareConflict(String mediator, ConflictRequest conflict, AppUser manager) {
        centreManagedBy(manager, mediator);
        mediators.recordConflict(mediator, conflict.partyName(), conflict.partyIdNumber(), conflict.relation().name());
    }

    private String centreManagedBy(AppUser manager, String mediator) {
        String centre = mediators.centreOf(mediator).orElseThrow(() -> new MediatorNotFoundException(mediator));
        if (!manager.has(Role.MANAGER) && !manager.has(Role.ADMIN) || !centreScope.canSee(manager, centre)) {
            throw new AccessDeniedException("Only the centre's managers record leave and conflicts");
        }
        return centre;
    }

    private void validate(LeaveRequest leave, String centre) {
        List<FieldProblem> problems = new ArrayList<>();
        if (leave.endsOn().isBefore(leave.startsOn())) {
            problems.add(problem("endsOn", "leave.endsOn.beforeStart"));
        }
        if (leave.standIn() != null && !centre.equals(mediators.centreOf(leave.standIn()).orElse(null))) {
            problems.add(problem("standIn", "leave.standIn.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private FieldProblem problem(String field, String code) {
        return new FieldProblem(field, messages.getMessage(code, null, LocaleContextHolder.getLocale()));
    }
}
