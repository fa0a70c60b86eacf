package org.mediationdesk.security.twofactor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * A secret to enrol with, as an authenticator app takes it: the {@code otpauth://} address (Key Uri Format)
 * in a QR code, or the Base32 text typed in by hand.
 */
public record Enrolment(String issuer, String account, String secret) {

    private static final int QR_SIZE = 220;

    public String otpauthUri() {
        String label = encoded(issuer) + ":" + encoded(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encoded(issuer)
                + "&algorithm=SHA1&digits=6&period=" + TotpCodes.STEP.getSeconds();
    }

    /** The secret in groups of four, as it is easiest to type. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The QR code as a PNG {@code data:} address for an {@code img} (the pages' policy allows data: images). */
    public String qrCodeDataUri() {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            var matrix = new QRCodeWriter().encode(otpauthUri(), BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.MARGIN, 2));
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new UncheckedIOException(new IOException("QR code not written", e));
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
