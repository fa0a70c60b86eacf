package org.mediationdesk.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;

/**
 * The SMS stand-in's check of a request's signature, written from the provider's description rather than from the
 * application's signer: the body's hash, the canonical request of the signed headers as received, HMAC-SHA256 with
 * the secret. A request that fails it matches no stub, and WireMock answers 404.
 */
public final class SignedSmsRequests implements ValueMatcher<Request> {

    private final String accessKeyId;
    private final String secret;

    public SignedSmsRequests(String accessKeyId, String secret) {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    @Override
    public MatchResult match(Request request) {
        return MatchResult.of(valid(request));
    }

    boolean valid(Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("HMAC-SHA256 ")) {
            return false;
        }
        Map<String, String> parts = Arrays.stream(authorization.substring("HMAC-SHA256 ".length()).split(","))
                .map(part -> part.split("=", 2)).collect(Collectors.toMap(kv -> kv[0].trim(), kv -> kv[1].trim()));
        String[] names = parts.get("SignedHeaders").split(";");
        if (!accessKeyId.equals(parts.get("Credential")) || !Arrays.asList(names).contains("host")
                || !Arrays.asList(names).contains("x-sms-date")) {
            return false;
        }
        String bodyHash = hex(sha256(request.getBody()));
        if (!bodyHash.equals(request.getHeader("x-sms-content-sha256"))) {
            return false;
        }
        StringBuilder canonical = new StringBuilder(request.getMethod().getName()).append('\n')
                .append(request.getUrl().split("\\?")[0]).append("\n\n");
        for (String name : names) {
            canonical.append(name).append(':').append(request.getHeader(name).trim()).append('\n');
        }
        canonical.append('\n').append(String.join(";", names)).append('\n').append(bodyHash);
        String toSign = "HMAC-SHA256\n" + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        return hex(hmac(toSign)).equals(parts.get("Signature"));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
