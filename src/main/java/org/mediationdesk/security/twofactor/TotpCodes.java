package org.mediationdesk.security.twofactor;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Six-digit codes of 30-second steps with HMAC-SHA1, the parameters every authenticator app assumes. A code
 * of the step before or after also counts (a phone's clock a little off, a code typed as it changed), but
 * never a step at or before one already used.
 */
final class TotpCodes {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    private static final int DRIFT_STEPS = 1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

    /** The step {@code code} belongs to, if it is the code of a step near {@code now} after {@code lastUsedStep}. */
    OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastUsedStep && codeOf(secret, step).equals(code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeOf(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException impossibleForAnHmacKey) {
            throw new IllegalStateException(impossibleForAnHmacKey);
        }
    }
}
