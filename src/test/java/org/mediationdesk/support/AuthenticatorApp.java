package org.mediationdesk.support;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * What a phone's authenticator app does, written here from RFC 6238/4226 rather than with the application's
 * library: read the enrolment QR code, keep the secret, show the code of a 30-second step.
 */
public final class AuthenticatorApp {

    private final byte[] secret;
    private final String otpauthUri;

    private AuthenticatorApp(String otpauthUri) {
        this.otpauthUri = otpauthUri;
        String query = URI.create(otpauthUri).getRawQuery();
        String base32 = Arrays.stream(query.split("&")).filter(p -> p.startsWith("secret="))
                .map(p -> p.substring("secret=".length())).findFirst().orElseThrow();
        this.secret = new Base32().decode(base32);
    }

    /** Takes a secret typed in by hand (Base32, spaces allowed), as when the QR code cannot be scanned. */
    public static AuthenticatorApp typing(String base32Secret) {
        return new AuthenticatorApp("otpauth://totp/typed?secret=" + base32Secret.replace(" ", ""));
    }

    public String otpauthUri() {
        return otpauthUri;
    }

    /** Scans the QR code of an {@code <img src="data:image/png;base64,…">}. */
    public static AuthenticatorApp scanning(String pngDataUri) throws IOException {
        return new AuthenticatorApp(QrImages.read(pngDataUri));
    }

    /** The six-digit code of the step {@code offset} steps from now. */
    public String code(int offset) throws GeneralSecurityException {
        long step = Instant.now().getEpochSecond() / 30 + offset;
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int at = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[at] & 0x7f) << 24) | ((hash[at + 1] & 0xff) << 16) | ((hash[at + 2] & 0xff) << 8)
                | (hash[at + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    public String secretBase32() {
        return new Base32().encodeAsString(secret);
    }
}
