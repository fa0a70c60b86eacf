package org.mediationdesk.exchange;

/** Where a delivery of the feed stands: waiting (first or next attempt), received, or given up (a dead letter). */
enum DeliveryState {
    PENDING, DELIVERED, DEAD
}
