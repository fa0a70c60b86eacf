package org.mediationdesk.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Validator;
import org.mediationdesk.cases.CaseMilestone;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.StoredSecrets;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with the feed: subscribe a receiver (its secret is made here and shown once), switch
 * a subscription off and on, see its deliveries and the dead letters, and replay a dead letter.
 */
@Service
class WebhookSubscriptions {

    private static final int SECRET_BYTES = 32;
    private static final int LIST_LIMIT = 200;
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final WebhookSubscriptionMapper subscriptions;
    private final WebhookDeliveryMapper deliveries;
    private final Validator fieldRules;
    private final MessageSource messages;
    private final StoredSecrets storedSecrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookSubscriptions(WebhookSubscriptionMapper subscriptions, WebhookDeliveryMapper deliveries,
                         Validator fieldRules, MessageSource messages, StoredSecrets storedSecrets, Clock clock) {
        this.storedSecrets = storedSecrets;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.fieldRules = fieldRules;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return the new subscription and its secret, which is never shown again */
    @Transactional
    Created subscribe(WebhookSubscriptionRequest request, AppUser admin) {
        List<FieldProblem> problems = new ArrayList<>(fieldRules.validate(request).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        if (request.url() != null && !request.url().isBlank() && !isWebAddress(request.url().strip())) {
            problems.add(new FieldProblem("url", message("exchange.webhook.url.invalid")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String courtCode = request.courtCode() == null || request.courtCode().isBlank() ? null : request.courtCode().strip();
        var subscription = new WebhookSubscriptionMapper.NewSubscription(request.name().strip(), request.url().strip(),
                storedSecrets.seal(secret), EventTypes.join(request.eventTypes()), courtCode, admin.username(), LocalDateTime.now(clock));
        subscriptions.insert(subscription);
        return new Created(view(subscriptions.find(subscription.getId()).orElseThrow()), secret);
    }

    List<SubscriptionView> list() {
        return subscriptions.findAll().stream().map(WebhookSubscriptions::view).toList();
    }

    void setActive(long id, boolean active) {
        if (subscriptions.setActive(id, active) == 0) {
            throw new NotFoundException("exchange.webhook.notFound", Long.toString(id));
        }
    }

    List<DeliveryView> deliveriesOf(long id) {
        subscriptions.find(id).orElseThrow(() -> new NotFoundException("exchange.webhook.notFound", Long.toString(id)));
        return deliveries.findRecentOf(id, LIST_LIMIT).stream().map(WebhookSubscriptions::view).toList();
    }

    List<DeliveryView> deadLetters() {
        return deliveries.findDead(LIST_LIMIT).stream().map(WebhookSubscriptions::view).toList();
    }

    /** Sends a dead letter again from its first attempt; 409 when it is not (or no longer) dead. */
    void replay(long deliveryId) {
        deliveries.find(deliveryId)
                .orElseThrow(() -> new NotFoundException("exchange.delivery.notFound", Long.toString(deliveryId)));
        if (deliveries.replay(deliveryId, LocalDateTime.now(clock)) == 0) {
            throw new ConflictException("exchange.delivery.notDead");
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }

    private static SubscriptionView view(WebhookSubscriptionMapper.Row row) {
        return new SubscriptionView(row.id(), row.name(), row.url(), EventTypes.parse(row.eventTypes()), row.courtCode(),
                row.active(), row.createdBy(), row.createdAt());
    }

    private static DeliveryView view(WebhookDeliveryMapper.Delivery row) {
        return new DeliveryView(row.id(), row.subscriptionId(), row.subscriptionName(), row.eventId(), row.eventType(),
                row.caseNumber(), row.state(), row.attempts(), row.nextAttemptAt(), row.lastStatus(), row.lastError(),
                row.createdAt(), row.deliveredAt(), row.payload());
    }

    /** A subscription as administrators see it: everything but its secret. */
    record SubscriptionView(long id, String name, String url, Set<CaseMilestone.Kind> eventTypes,
                            String courtCode, boolean active, String createdBy, LocalDateTime createdAt) {
    }

    record Created(SubscriptionView subscription, String secret) {
    }

    record DeliveryView(long id, long subscriptionId, String subscriptionName, String eventId, String eventType,
                        String caseNumber, DeliveryState state, int attempts, LocalDateTime nextAttemptAt,
                        Integer lastStatus, String lastError, LocalDateTime createdAt, LocalDateTime deliveredAt,
                        String payload) {
    }
}
