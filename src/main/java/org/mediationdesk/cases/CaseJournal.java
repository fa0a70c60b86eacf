package org.mediationdesk.cases;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Locale;

import org.mediationdesk.system.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a case's history: every status move and every action, with who and why. */
@Component
class CaseJournal {

    private final CaseMapper cases;
    private final Clock clock;
    private final EventNotes notes;
    private final ApplicationEventPublisher events;

    CaseJournal(CaseMapper cases, Clock clock, EventNotes notes, ApplicationEventPublisher events) {
        this.cases = cases;
        this.clock = clock;
        this.notes = notes;
        this.events = events;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A business time as the process engine keeps it: an instant, read in the business's zone (the clock's). */
    Date engineDate(LocalDateTime time) {
        return Date.from(time.atZone(clock.getZone()).toInstant());
    }

    /**
     * Moves the case to {@code to} (nothing if it is there already) and records the move; a case another
     * request moved meanwhile is a 409 (from inside the process too: Workflow unwraps it).
     */
    void move(CaseMapper.CaseRow row, CaseStatus to, EventType type, String actor, String note) {
        move(row, to, type, actor, notes.decode(note).orElse(null), note);
    }

    void move(CaseMapper.CaseRow row, CaseStatus to, EventType type, String actor, EventNote note) {
        move(row, to, type, actor, note, null);
    }

    /** Announces a step outsiders follow ({@link CaseMilestone}), in the current transaction. */
    void milestone(long caseId, String caseNumber, CaseMilestone.Kind kind, String result) {
        events.publishEvent(new CaseMilestone(caseId, caseNumber, kind, now(), result));
    }

    /** A note a person typed, kept as typed. */
    void record(long caseId, EventType type, String actor, String note) {
        insert(new CaseEvent(caseId, now(), actor, type, null, null, fit(note), null));
    }

    /** A note the system words: kept as data, read in each reader's language. */
    void record(long caseId, EventType type, String actor, EventNote note) {
        insert(new CaseEvent(caseId, now(), actor, type, null, null, chinese(note), EventNotes.encode(note)));
    }

    /** An event note as the process carries it to the status move it causes ({@code ProcessVariables.NOTE}). */
    String carried(EventNote note) {
        return EventNotes.encode(note);
    }

    private void move(CaseMapper.CaseRow row, CaseStatus to, EventType type, String actor, EventNote note, String typed) {
        if (row.status() == to) {
            return;
        }
        if (cases.moveStatus(row.id(), row.status(), to) != 1) {
            throw new ConflictException("case.changed");
        }
        insert(new CaseEvent(row.id(), now(), actor, type, row.status(), to,
                note == null ? fit(typed) : chinese(note), note == null ? null : EventNotes.encode(note)));
    }

    private String chinese(EventNote note) {
        return fit(notes.render(note, Locale.SIMPLIFIED_CHINESE));
    }

    /** case_event.note holds 1,000 characters; a longer note (a long list of reasons) is cut, not refused. */
    private static String fit(String note) {
        return note == null ? null : DecisionLog.cut(note, 1000);
    }

    private void insert(CaseEvent event) {
        cases.insertEvent(event);
        events.publishEvent(new CaseChanged(event.caseId(), event.eventType(), event.toStatus()));
    }
}
