package org.mediationdesk.mediators;

/**
 * A mediator's leave has begun (recorded today or earlier): whoever owns the open work moves it to
 * colleagues, the named stand-in first. Published inside the transaction that records the leave and
 * handled synchronously in it, so the leave and the moved work are stored together or not at all.
 */
public record LeaveBegan(String mediator, String standIn, String recordedBy) {
}
