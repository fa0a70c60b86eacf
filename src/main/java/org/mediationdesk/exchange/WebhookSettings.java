package org.mediationdesk.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event feed's delivery, from {@code mediationdesk.exchange.webhooks.*}.
 *
 * @param poll           how often each node looks for deliveries due
 * @param batch          how many deliveries a node leases at a time
 * @param lease          how long a lease keeps other nodes off a delivery (longer than a send takes)
 * @param maxAttempts    attempts before a delivery goes to the dead letters
 * @param firstRetry     the wait after the first failure; each further failure doubles it
 * @param maxRetryDelay  the longest wait between attempts
 * @param connectTimeout how long to wait for the receiver's connection
 * @param requestTimeout how long to wait for the receiver's answer
 */
@ConfigurationProperties("mediationdesk.exchange.webhooks")
record WebhookSettings(@DefaultValue("PT5S") Duration poll, @DefaultValue("20") int batch,
                       @DefaultValue("PT2M") Duration lease, @DefaultValue("8") int maxAttempts,
                       @DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetryDelay,
                       @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration requestTimeout) {

    /** The wait after the {@code attempts}-th failure: firstRetry, doubled per further failure, at most maxRetryDelay. */
    Duration retryDelay(int attempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
