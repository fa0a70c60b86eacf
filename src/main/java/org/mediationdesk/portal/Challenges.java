package org.mediationdesk.portal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import javax.imageio.ImageIO;

import org.mediationdesk.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * The picture challenge asked after repeated attempts: four digits drawn on the server (Java2D, as seven-segment
 * strokes, each turned and shifted a little, over crossing lines; no font needed), shown in the page as a data URI.
 * Only a keyed hash of the answer with the challenge's token is kept; a challenge is answered once, right or wrong,
 * within ten minutes.
 */
@Component
class Challenges {

    static final int DIGITS = 4;
    private static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final int WIDTH = 160;
    private static final int HEIGHT = 56;
    /** Segments a–g of each digit, as bits 0–6. */
    private static final int[] SEGMENTS = {0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F};

    private final PortalMapper portal;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Challenges(PortalMapper portal, PersonalDataCipher cipher, Clock clock) {
        this.portal = portal;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A new challenge: its token for the form, and its picture as a {@code data:image/png} URI. */
    Challenge create() {
        StringBuilder answer = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            answer.append(random.nextInt(10));
        }
        byte[] token = new byte[16];
        random.nextBytes(token);
        String tokenText = HexFormat.of().formatHex(token);
        LocalDateTime now = LocalDateTime.now(clock);
        portal.insertChallenge(tokenText, hash(tokenText, answer.toString()), now, now.plus(VALID_FOR));
        return new Challenge(tokenText, "data:image/png;base64," + Base64.getEncoder().encodeToString(draw(answer.toString())));
    }

    /** Spends the challenge; @return whether it was open and this is its answer */
    boolean answer(String token, String answer) {
        if (token == null || answer == null || token.isBlank()) {
            return false;
        }
        if (portal.spendChallenge(token, LocalDateTime.now(clock)) != 1) {
            return false;
        }
        return portal.findChallengeAnswer(token).map(hash -> hash.equals(hash(token, answer.strip()))).orElse(false);
    }

    private String hash(String token, String answer) {
        return cipher.keyedHash("public-challenge", (token + ":" + answer).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] draw(String digits) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF4F1E8));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 6; i++) {
                g.setColor(new Color(120 + random.nextInt(100), 120 + random.nextInt(100), 120 + random.nextInt(100)));
                g.setStroke(new BasicStroke(1 + random.nextInt(2)));
                g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
            }
            for (int i = 0; i < digits.length(); i++) {
                AffineTransform before = g.getTransform();
                g.translate(14 + i * 36 + random.nextInt(6), 8 + random.nextInt(6));
                g.rotate(Math.toRadians(random.nextInt(25) - 12), 10, 20);
                g.setColor(new Color(random.nextInt(90), random.nextInt(90), 60 + random.nextInt(100)));
                g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                drawDigit(g, digits.charAt(i) - '0');
                g.setTransform(before);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "PNG", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** A digit 20 wide and 40 high: a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle. */
    private static void drawDigit(Graphics2D g, int digit) {
        int on = SEGMENTS[digit];
        int[][] lines = {{0, 0, 20, 0}, {20, 0, 20, 20}, {20, 20, 20, 40}, {0, 40, 20, 40}, {0, 20, 0, 40},
            {0, 0, 0, 20}, {0, 20, 20, 20}};
        for (int s = 0; s < lines.length; s++) {
            if ((on & (1 << s)) != 0) {
                g.drawLine(lines[s][0], lines[s][1], lines[s][2], lines[s][3]);
            }
        }
    }

    /** A challenge as the form shows it. */
    record Challenge(String token, String image) {
    }
}
