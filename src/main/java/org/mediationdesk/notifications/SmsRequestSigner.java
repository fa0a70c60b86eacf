package org.mediationdesk.notifications;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a cloud SMS request the way Chinese cloud providers' current APIs do (Alibaba Cloud's ACS3-HMAC-SHA256,
 * Tencent Cloud's TC3-HMAC-SHA256 are of this shape): a canonical request — method, path, empty query, the signed
 * headers as {@code name:value} lines sorted by name, their names, the body's SHA-256 — is hashed; the string
 * {@code HMAC-SHA256\n<that hash>} is signed with the access key secret (HMAC-SHA256, hex); the
 * {@code Authorization} header names the algorithm, the access key id, the signed headers and the signature.
 */
final class SmsRequestSigner {

    static final String ALGORITHM = "HMAC-SHA256";

    private final String accessKeyId;
    private final byte[] secret;

    SmsRequestSigner(String accessKeyId, String accessKeySecret) {
        this.accessKeyId = accessKeyId;
        this.secret = accessKeySecret.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * @param headers the headers to sign (lower-case names), {@code host} among them
     * @return the {@code Authorization} header's value
     */
    String authorization(String method, URI uri, Map<String, String> headers, byte[] body) {
        SortedMap<String, String> signed = new TreeMap<>(headers);
        String names = String.join(";", signed.keySet());
        String canonical = method + "\n" + (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()) + "\n\n"
                + signed.entrySet().stream().map(h -> h.getKey() + ":" + h.getValue().trim() + "\n").collect(Collectors.joining())
                + "\n" + names + "\n" + sha256Hex(body);
        String toSign = ALGORITHM + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + names + ",Signature=" + hmac(toSign);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
