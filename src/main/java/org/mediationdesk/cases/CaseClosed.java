package org.mediationdesk.cases;

/**
 * A case was closed: published in the closing transaction and delivered after it commits, on another
 * thread, so work that follows a closure (its archive) never holds the closing request or its connection.
 */
public record CaseClosed(long caseId, String caseNumber) {
}
