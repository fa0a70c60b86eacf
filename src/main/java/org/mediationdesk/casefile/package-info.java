/**
 * The case page (案卷): one case's record — summary, parties, routing and assignment decisions with
 * their explanations, timeline, sessions, agency opinions, agreement — and the work its stage allows
 * the reader, as small forms that call the same services as the JSON API ({@code TaskWork},
 * {@code CaseActions}, {@code CaseClock}), so the same checks refuse what the page does not offer.
 */
package org.mediationdesk.casefile;
