package org.mediationdesk.exchange;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mediationdesk.cases.CaseMilestone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a case's milestones to the feed's outbox, one delivery per subscription that wants the event, in the
 * transaction that took the step: a step that rolls back sends nothing, and a step that commits is sent. The
 * payload names the case and the court's case, the event, its result and time, and no person.
 */
@Component
class FeedOutbox {

    private final WebhookSubscriptionMapper subscriptions;
    private final WebhookDeliveryMapper deliveries;
    private final CourtEntrustmentMapper entrustments;
    private final ObjectMapper json;
    private final Clock clock;

    FeedOutbox(WebhookSubscriptionMapper subscriptions, WebhookDeliveryMapper deliveries,
               CourtEntrustmentMapper entrustments, ObjectMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.entrustments = entrustments;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void onMilestone(CaseMilestone milestone) {
        List<WebhookSubscriptionMapper.Row> wanting = subscriptions.findActive().stream()
                .filter(subscription -> EventTypes.parse(subscription.eventTypes()).contains(milestone.kind()))
                .toList();
        if (wanting.isEmpty()) {
            return;
        }
        Optional<CourtEntrustmentMapper.Entrustment> court = entrustments.findByCase(milestone.caseId());
        String eventId = UUID.randomUUID().toString();
        String payload = payload(eventId, milestone, court);
        LocalDateTime now = LocalDateTime.now(clock);
        for (WebhookSubscriptionMapper.Row subscription : wanting) {
            if (subscription.courtCode() == null
                    || court.filter(c -> c.courtCode().equals(subscription.courtCode())).isPresent()) {
                deliveries.insert(subscription.id(), eventId, milestone.kind().name(), milestone.caseId(), payload, now);
            }
        }
    }

    private String payload(String eventId, CaseMilestone milestone, Optional<CourtEntrustmentMapper.Entrustment> court) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("eventType", milestone.kind().name());
        body.put("occurredAt", milestone.occurredAt().atZone(clock.getZone()).toOffsetDateTime().toString());
        body.put("caseNumber", milestone.caseNumber());
        body.put("courtCode", court.map(CourtEntrustmentMapper.Entrustment::courtCode).orElse(null));
        body.put("courtCaseNumber", court.map(CourtEntrustmentMapper.Entrustment::courtCaseNumber).orElse(null));
        body.put("result", milestone.result());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
