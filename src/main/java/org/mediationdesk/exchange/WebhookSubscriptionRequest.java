package org.mediationdesk.exchange;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mediationdesk.cases.CaseMilestone;

/**
 * A new subscription to the feed: who it is for, where to post, which events, and optionally one court's cases
 * only (a court's own entrusted cases); without a court, every case's events.
 */
record WebhookSubscriptionRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 500) String url,
        @NotEmpty Set<CaseMilestone.Kind> eventTypes,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{exchange.court.code.invalid}") String courtCode) {
}
