package org.mediationdesk.cases;

/**
 * A closed case's personal data was de-identified (docs/privacy.md): published in the transaction that did
 * it, so modules holding copies of it (the search index, idempotency keys) drop theirs in the same transaction.
 */
public record CaseDeidentified(long caseId, String caseNumber) {
}
