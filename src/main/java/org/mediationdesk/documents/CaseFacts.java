package org.mediationdesk.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mediationdesk.cases.AgreementParties.SigningParty;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.EventType;

/**
 * A case as its documents need it: the case as the reader may see it (with its history in Chinese),
 * the parties as the signed copy prints them, the committee that issues the documents, and a way to
 * turn a login into a person's name.
 */
record CaseFacts(CaseView view, List<SigningParty> parties, String committee, String sourceName,
                 UnaryOperator<String> names) {

    String nameOf(String login) {
        return login == null ? "" : names.apply(login);
    }

    /** When the centre accepted the case: the first move into mediation. */
    LocalDateTime acceptedAt() {
        CaseView.EventView accepted = firstEvent(null, CaseStatus.IN_MEDIATION);
        return accepted == null ? null : accepted.occurredAt();
    }

    /** Who mediated: who recorded the agreement, else the last session, else who concluded mediation. */
    String mediator() {
        if (view.agreement() != null) {
            return view.agreement().recordedBy();
        }
        if (!view.sessions().isEmpty()) {
            return view.sessions().get(view.sessions().size() - 1).recordedBy();
        }
        CaseView.EventView outcome = firstEvent(EventType.OUTCOME_RECORDED, null);
        return outcome == null ? null : outcome.actor();
    }

    boolean declined() {
        return firstEvent(EventType.DECLINED, null) != null;
    }

    String declineReason() {
        return noteOf(firstEvent(EventType.DECLINED, null));
    }

    LocalDateTime declinedAt() {
        CaseView.EventView declined = firstEvent(EventType.DECLINED, null);
        return declined == null ? null : declined.occurredAt();
    }

    /** Mediation ended without agreement: it failed or the parties withdrew (人民调解法 第二十六条). */
    boolean terminated() {
        return "FAILED".equals(view.outcome()) || "WITHDRAWN".equals(view.outcome());
    }

    String terminationReason() {
        return terminated() ? noteOf(lastEvent(EventType.OUTCOME_RECORDED)) : "";
    }

    LocalDateTime terminatedAt() {
        CaseView.EventView outcome = terminated() ? lastEvent(EventType.OUTCOME_RECORDED) : null;
        return outcome == null ? null : outcome.occurredAt();
    }

    private CaseView.EventView firstEvent(EventType type, CaseStatus toStatus) {
        return view.events().stream()
                .filter(e -> (type == null || e.type() == type) && (toStatus == null || e.toStatus() == toStatus))
                .findFirst().orElse(null);
    }

    private CaseView.EventView lastEvent(EventType type) {
        return view.events().stream().filter(e -> e.type() == type).reduce((first, second) -> second).orElse(null);
    }

    private static String noteOf(CaseView.EventView event) {
        return event == null || event.note() == null ? "" : event.note();
    }
}
