package org.mediationdesk.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import org.mediationdesk.security.StoredSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the feed's due deliveries from every node: each is leased by a conditional UPDATE (a node that dies
 * mid-send loses its lease after {@code lease}, and another node sends it), posted with its signature, then
 * marked delivered (2xx), due again after a doubling wait, or dead after {@code max-attempts}. A receiver may
 * see an event twice (a node died after the receiver answered): the event id is there to tell.
 */
@Component
class FeedDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(FeedDeliveryJob.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final String node = "node-" + UUID.randomUUID();
    private final WebhookDeliveryMapper deliveries;
    private final WebhookSettings settings;
    private final StoredSecrets storedSecrets;
    private final Clock clock;
    private final HttpClient http;

    FeedDeliveryJob(WebhookDeliveryMapper deliveries, WebhookSettings settings, StoredSecrets storedSecrets, Clock clock) {
        this.deliveries = deliveries;
        this.storedSecrets = storedSecrets;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${mediationdesk.exchange.webhooks.poll:PT5S}",
            initialDelayString = "${mediationdesk.exchange.webhooks.poll:PT5S}")
    void sendDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        for (long id : deliveries.findDue(now, settings.batch())) {
            if (deliveries.lease(id, node, now, now.plus(settings.lease())) == 1) {
                deliveries.find(id).ifPresent(this::send);
            }
        }
    }

    private void send(WebhookDeliveryMapper.Delivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(FeedSignature.EVENT_ID_HEADER, delivery.eventId())
                .header(FeedSignature.EVENT_TYPE_HEADER, delivery.eventType())
                .header(FeedSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(FeedSignature.SIGNATURE_HEADER, FeedSignature.sign(storedSecrets.open(delivery.secret()), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(delivery.id(), node, response.statusCode(), LocalDateTime.now(clock));
            } else {
                failed(delivery, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            failed(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(delivery, null, "interrupted while sending");
        }
    }

    private void failed(WebhookDeliveryMapper.Delivery delivery, Integer status, String error) {
        int attempts = delivery.attempts() + 1;
        boolean dead = attempts >= settings.maxAttempts();
        deliveries.failed(delivery.id(), node, dead ? DeliveryState.DEAD : DeliveryState.PENDING, status,
                error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error,
                LocalDateTime.now(clock).plus(settings.retryDelay(attempts)));
        if (dead) {
            log.warn("Feed delivery {} ({} of {} to {}) is a dead letter after {} attempts: {}", delivery.id(),
                    delivery.eventType(), delivery.caseNumber(), delivery.subscriptionName(), attempts, error);
        }
    }
}
