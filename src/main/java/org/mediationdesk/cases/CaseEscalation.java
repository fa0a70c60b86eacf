package org.mediationdesk.cases;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.process.EngineTransaction;
import org.mediationdesk.process.Workflow;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.DeadlineClock;
import org.mediationdesk.routing.Decision;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.EscalationAction;
import org.mediationdesk.routing.EscalationDecision;
import org.mediationdesk.routing.RiskFlag;
import org.mediationdesk.routing.RiskLevel;
import org.mediationdesk.routing.WarningColour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Warning colours and escalation (rules/escalation.drl). A periodic sweep on every node evaluates
 * each running deadline (a paused one has no colour and never escalates); an action is taken only by whoever first stores it for the case, so it
 * happens once however many nodes sweep.
 */
@Service
public class CaseEscalation {

    private static final Logger log = LoggerFactory.getLogger(CaseEscalation.class);
    /** Cases whose earlier escalations are read in one query. */
    private static final int CHUNK = 500;

    private final CaseMapper cases;
    private final CaseJournal journal;
    private final DisputeRules rules;
    private final WorkingCalendar calendar;
    private final ReferenceData referenceData;
    private final Workflow workflow;
    private final EngineTransaction engineTransaction;
    private final DecisionLog decisions;

    CaseEscalation(CaseMapper cases, CaseJournal journal, DisputeRules rules, WorkingCalendar calendar,
                   ReferenceData referenceData, Workflow workflow, EngineTransaction engineTransaction,
                   DecisionLog decisions) {
        this.cases = cases;
        this.journal = journal;
        this.rules = rules;
        this.calendar = calendar;
        this.referenceData = referenceData;
        this.workflow = workflow;
        this.engineTransaction = engineTransaction;
        this.decisions = decisions;
    }

    @Scheduled(fixedDelayString = "${mediationdesk.escalation.sweep:PT10M}",
            initialDelayString = "${mediationdesk.escalation.sweep:PT10M}")
    void sweep() {
        log.debug("Escalation sweep took {} actions", sweepOnce());
    }

    /** @return how many actions this call took */
    public int sweepOnce() {
        return sweep(CHUNK);
    }

    /**
     * Evaluates the running deadlines {@code chunk} cases at a time, each chunk's earlier
     * escalations read in one query (1: a query per case, as the sweep once did).
     */
    int sweep(int chunk) {
        List<CaseMapper.CaseRow> running = cases.findRunningDeadlines();
        int taken = 0;
        for (int from = 0; from < running.size(); from += chunk) {
            List<CaseMapper.CaseRow> rows = running.subList(from, Math.min(running.size(), from + chunk));
            Map<Long, Set<EscalationAction>> earlier = escalationsOf(rows);
            for (CaseMapper.CaseRow row : rows) {
                taken += escalate(row, earlier.getOrDefault(row.id(), Set.of()));
            }
        }
        return taken;
    }

    /**
     * Right after a registration commits, on another thread, so a critical or group dispute is
     * reported within moments of registration without holding the clerk's request. Should this
     * fail, the registration stands: the event's publication stays open (sent again at the next
     * start) and the next sweep acts anyway.
     */
    @ApplicationModuleListener
    void onRegistered(DisputeRegistered registered) {
        cases.findById(registered.caseId()).filter(CaseEscalation::running)
                .ifPresent(row -> escalate(row, escalationsOf(List.of(row)).getOrDefault(row.id(), Set.of())));
    }

    /** The colour of a case's running deadline; null when no deadline runs. */
    public WarningColour colourOf(CaseMapper.CaseRow row) {
        return coloursOf(List.of(row)).get(row.id());
    }

    /**
     * The colours of these cases' running deadlines by case id (none for a case whose deadline does
     * not run), their earlier escalations read in one query per {@value #CHUNK} cases.
     */
    public Map<Long, WarningColour> coloursOf(List<CaseMapper.CaseRow> rows) {
        List<CaseMapper.CaseRow> running = rows.stream().filter(row -> running(row) && due(row) != null).toList();
        Map<Long, Set<EscalationAction>> earlier = escalationsOf(running);
        Map<Long, WarningColour> colours = new HashMap<>();
        for (CaseMapper.CaseRow row : running) {
            colours.put(row.id(), rules.escalate(clockOf(row, earlier.getOrDefault(row.id(), Set.of()))).result().colour());
        }
        return colours;
    }

    private int escalate(CaseMapper.CaseRow row, Set<EscalationAction> earlier) {
        DeadlineClock clock = clockOf(row, earlier);
        Decision<EscalationDecision> decision = rules.escalate(clock);
        int taken = 0;
        for (EscalationAction action : decision.result().actions()) {
            if (take(row, action, decision, clock)) {
                taken++;
            }
        }
        return taken;
    }

    private Map<Long, Set<EscalationAction>> escalationsOf(List<CaseMapper.CaseRow> rows) {
        Map<Long, Set<EscalationAction>> taken = new HashMap<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + CHUNK)).stream()
                    .map(CaseMapper.CaseRow::id).toList();
            for (CaseMapper.TakenEscalation escalation : cases.findEscalations(ids)) {
                taken.computeIfAbsent(escalation.caseId(), id -> EnumSet.noneOf(EscalationAction.class))
                        .add(EscalationAction.valueOf(escalation.action()));
            }
        }
        return taken;
    }

    private boolean take(CaseMapper.CaseRow row, EscalationAction action, Decision<EscalationDecision> decision,
                         DeadlineClock clock) {
        try {
            engineTransaction.runAs(CaseTriage.SYSTEM_ACTOR, () -> {
                cases.insertEscalation(row.id(), action.name(), decision.result().colour().name(), journal.now());
                decisions.record(row.id(), decision, clock.toString(), decision.result().colour() + " " + action);
                String policeDesk = action == EscalationAction.ALERT_COUNTY_AND_POLICE ? policeDeskOf(row) : null;
                journal.record(row.id(), action == EscalationAction.REMIND_MEDIATOR ? EventType.DEADLINE_WARNED : EventType.ESCALATED,
                        CaseTriage.SYSTEM_ACTOR, describe(action, row, policeDesk));
                if (action != EscalationAction.REMIND_MEDIATOR) {
                    SupervisionReason reason = action == EscalationAction.ESCALATE_TO_COUNTY
                            ? SupervisionReason.ESCALATED_TO_COUNTY : SupervisionReason.CRITICAL_OR_GROUP;
                    workflow.requestSupervision(row.processInstanceId(), SupervisionLevel.COUNTY.name(), reason.name());
                }
                if (policeDesk != null) {
                    cases.updatePoliceDesk(row.id(), policeDesk);
                    workflow.alertPolice(row.processInstanceId(), policeDesk);
                }
            });
            return true;
        } catch (DuplicateKeyException anotherNodeTookIt) {
            return false;
        }
    }

    /**
     * From when the rules give the case's running deadline yellow and red, found by asking them about the
     * minutes of the clock (the share they see changes by the minute, and only grows): the first minute
     * that is not green, then the first that is red, within twice the deadline's time. Empty when no
     * deadline runs.
     */
    public Optional<ColourTimes> colourTimesOf(CaseMapper.CaseRow row) {
        if (!running(row) || due(row) == null) {
            return Optional.empty();
        }
        LocalDateTime start = row.clockStartedAt();
        long last = 2 * Math.max(1, Duration.between(start, due(row)).toMinutes());
        Long yellow = firstMinute(row, 0, last, colour -> colour != WarningColour.GREEN);
        Long red = yellow == null ? null : firstMinute(row, yellow, last, colour -> colour == WarningColour.RED);
        return Optional.of(new ColourTimes(yellow == null ? null : start.plusMinutes(yellow),
                red == null ? null : start.plusMinutes(red)));
    }

    /** A running deadline's colours: yellow from {@code yellowAt}, red from {@code redAt}; null: not in sight. */
    public record ColourTimes(LocalDateTime yellowAt, LocalDateTime redAt) {
    }

    private Long firstMinute(CaseMapper.CaseRow row, long from, long to, Predicate<WarningColour> wanted) {
        if (!wanted.test(colourAt(row, to))) {
            return null;
        }
        long low = from;
        long high = to;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (wanted.test(colourAt(row, middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private WarningColour colourAt(CaseMapper.CaseRow row, long minute) {
        return rules.escalate(clockAt(row, Set.of(), row.clockStartedAt().plusMinutes(minute))).result().colour();
    }

    private DeadlineClock clockOf(CaseMapper.CaseRow row, Set<EscalationAction> taken) {
        return clockAt(row, taken, journal.now());
    }

    private DeadlineClock clockAt(CaseMapper.CaseRow row, Set<EscalationAction> taken, LocalDateTime now) {
        LocalDateTime due = due(row);
        long total = Math.max(1, Duration.between(row.clockStartedAt(), due).toMinutes());
        double share = Duration.between(row.clockStartedAt(), now).toMinutes() / (double) total;
        int overdue = now.isAfter(due) ? Math.max(0, calendar.workingDaysBetween(due.toLocalDate(), now.toLocalDate())) : 0;
        boolean subCentre = referenceData.centre(row.centreCode()).map(c -> c.kind() != CentreKind.COUNTY).orElse(false);
        return new DeadlineClock(row.status().name(), share, overdue,
                row.riskLevel() == null ? RiskLevel.LOW : RiskLevel.valueOf(row.riskLevel()),
                Codes.split(row.riskFlags(), RiskFlag.class), subCentre, taken);
    }

    /** A clock started and not paused; the sweep's query selects only such cases. */
    private static boolean running(CaseMapper.CaseRow row) {
        return row.clockStartedAt() != null && row.pausedSince() == null;
    }

    private static LocalDateTime due(CaseMapper.CaseRow row) {
        return row.status() == CaseStatus.IN_MEDIATION ? row.mediationDue() : row.acceptanceDue();
    }

    /**
     * Where the police get the alert: the police-station sub-centre serving the township, or else the
     * county centre, where the police have a desk in the one-stop centre.
     */
    private String policeDeskOf(CaseMapper.CaseRow row) {
        return referenceData.centres().stream()
                .filter(centre -> centre.kind() == CentreKind.POLICE_STATION && centre.countyCode().equals(row.countyCode())
                        && centre.servedTownships().contains(row.townshipCode()))
                .map(Centre::code).findFirst()
                .orElseGet(() -> referenceData.countyCentre(row.countyCode()).code());
    }

    private static EventNote describe(EscalationAction action, CaseMapper.CaseRow row, String policeDesk) {
        return switch (action) {
            case REMIND_MEDIATOR -> row.mediator() == null ? EventNote.of("escalation.remindCentre")
                    : EventNote.of("escalation.remindMediator", EventNote.user(row.mediator()));
            case ESCALATE_TO_COUNTY -> EventNote.of("escalation.toCounty");
            case ALERT_COUNTY_AND_POLICE -> EventNote.of("escalation.police", EventNote.centre(policeDesk));
        };
    }
}
