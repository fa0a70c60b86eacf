/**
 * Exchange with courts and police (诉调对接、警调衔接): the inbound API through which a court's system entrusts a
 * case to a centre (registered by intake's own service, the court's case number kept as a field of its own,
 * idempotent per court and court case number), and the outbound signed event feed: webhook subscriptions that
 * administrators manage, an outbox written in the case's transaction from {@link org.mediationdesk.cases.CaseMilestone},
 * and a delivery job any node runs (leases, HMAC-SHA256 signatures, retries with back-off, dead letters, replay).
 */
package org.mediationdesk.exchange;
