package org.mediationdesk.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The feed's signature: HMAC-SHA256 with the subscription's secret over {@code timestamp + "." + body}, sent as
 * {@code X-MediationDesk-Signature: sha256=<hex>} beside {@code X-MediationDesk-Timestamp} (seconds since the
 * epoch), so a receiver can refuse a replayed old request as well as a forged one.
 */
final class FeedSignature {

    static final String SIGNATURE_HEADER = "X-MediationDesk-Signature";
    static final String TIMESTAMP_HEADER = "X-MediationDesk-Timestamp";
    static final String EVENT_ID_HEADER = "X-MediationDesk-Event-Id";
    static final String EVENT_TYPE_HEADER = "X-MediationDesk-Event";

    private FeedSignature() {
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
