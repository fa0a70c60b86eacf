package org.mediationdesk.system;

/** An Idempotency-Key sent again with a different request: the client has mixed up its keys. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was used for a different request");
    }
}
