package org.mediationdesk.notifications;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mediationdesk.cases.CaseChanged;
import org.mediationdesk.cases.CaseMessaging;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.EventType;
import org.mediationdesk.cases.PlannedSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns events in a case's history into messages, in the transaction that records the event (so a message exists
 * exactly when its event does): parties hear of the acceptance (with the case number), a session planned or moved,
 * the outcome, the agreement, the follow-up visit and, at closure, a request for their satisfaction; the case's
 * mediator hears that its deadline turned yellow, that it is overdue or under supervision.
 */
@Component
class CaseMessageTriggers {

    static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE);

    private final CaseMessaging cases;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String publicBaseUrl;

    CaseMessageTriggers(CaseMessaging cases, Outbox outbox, MessageSource messages,
                        @Value("${mediationdesk.portal.base-url:http://localhost:8080}") String publicBaseUrl) {
        this.cases = cases;
        this.outbox = outbox;
        this.messages = messages;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    @EventListener
    void onCaseChanged(CaseChanged changed) {
        MessageKind kind = kindOf(changed);
        if (kind == null) {
            return;
        }
        cases.messageCase(changed.caseId()).ifPresent(c -> write(kind, c));
    }

    private static MessageKind kindOf(CaseChanged changed) {
        if (changed.type() == EventType.STATUS_CHANGED && changed.status() == CaseStatus.IN_MEDIATION) {
            return MessageKind.CASE_ACCEPTED;
        }
        if (changed.status() == CaseStatus.FOLLOW_UP) {
            return MessageKind.FOLLOW_UP_VISIT;
        }
        return switch (changed.type()) {
            case SESSION_PLANNED, SESSION_RESCHEDULED -> MessageKind.SESSION_INVITATION;
            case OUTCOME_RECORDED -> MessageKind.OUTCOME;
            case AGREEMENT_RECORDED -> MessageKind.AGREEMENT_READY;
            case CLOSED -> MessageKind.SATISFACTION_REQUEST;
            case DEADLINE_WARNED -> MessageKind.DEADLINE_WARNING;
            case OVERDUE -> MessageKind.CASE_OVERDUE;
            case SUPERVISION_OPENED -> MessageKind.SUPERVISION_OPENED;
            default -> null;
        };
    }

    private void write(MessageKind kind, CaseMessaging.MessageCase c) {
        Map<String, String> params = new HashMap<>(Map.of("caseNumber", c.caseNumber(), "centre", c.centreName()));
        switch (kind) {
            case CASE_ACCEPTED -> {
                // The public side's status page of the case (portal): the case number only, no personal data.
                params.put("link", publicBaseUrl + "/public/cases/" + c.caseNumber());
                outbox.toParties(c, kind, List.of(), params, "accepted:" + c.id());
            }
            case SESSION_INVITATION -> cases.nextSession(c.id())
                    .ifPresent(session -> outbox.toParties(c, kind, session.invitedRoles(), sessionParams(params, session), null));
            case OUTCOME -> {
                if (c.outcome() != null) {
                    params.put("outcome", messages.getMessage("enum.Outcome." + c.outcome(), null, c.outcome(),
                            Locale.SIMPLIFIED_CHINESE));
                    outbox.toParties(c, kind, List.of(), params, null);
                }
            }
            case DEADLINE_WARNING, CASE_OVERDUE, SUPERVISION_OPENED -> outbox.toStaff(c, c.mediator(), kind, params);
            default -> outbox.toParties(c, kind, List.of(), params, null);
        }
    }

    static Map<String, String> sessionParams(Map<String, String> params, PlannedSession session) {
        params.put("time", SESSION_TIME.format(session.startsAt()));
        params.put("place", session.place() == null ? "" : session.place());
        return params;
    }
}
