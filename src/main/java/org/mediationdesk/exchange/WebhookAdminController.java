package org.mediationdesk.exchange;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mediationdesk.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The event feed's subscriptions, deliveries and dead letters, for administrators (/api/admin/**: ADMIN). */
@RestController
@RequestMapping("/api/admin/webhooks")
@Tag(name = "Event feed", description = "Signed webhooks for courts, police and the provincial platform (ADMIN)")
class WebhookAdminController {

    private final WebhookSubscriptions subscriptions;

    WebhookAdminController(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping
    List<WebhookSubscriptions.SubscriptionView> list() {
        return subscriptions.list();
    }

    @PostMapping
    @Operation(summary = "Subscribe a receiver; the answer carries its signing secret, shown only this once")
    ResponseEntity<WebhookSubscriptions.Created> subscribe(@RequestBody WebhookSubscriptionRequest request,
                                                           @AuthenticationPrincipal AppUser admin) {
        WebhookSubscriptions.Created created = subscriptions.subscribe(request, admin);
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + created.subscription().id())).body(created);
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Void> deactivate(@PathVariable long id) {
        subscriptions.setActive(id, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/activate")
    ResponseEntity<Void> activate(@PathVariable long id) {
        subscriptions.setActive(id, true);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's latest deliveries, newest first")
    List<WebhookSubscriptions.DeliveryView> deliveries(@PathVariable long id) {
        return subscriptions.deliveriesOf(id);
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "Deliveries given up after the last attempt failed")
    List<WebhookSubscriptions.DeliveryView> deadLetters() {
        return subscriptions.deadLetters();
    }

    @PostMapping("/deliveries/{id}/replay")
    @Operation(summary = "Send a dead letter again from its first attempt, with the same event id")
    ResponseEntity<Void> replay(@PathVariable long id) {
        subscriptions.replay(id);
        return ResponseEntity.noContent().build();
    }
}
