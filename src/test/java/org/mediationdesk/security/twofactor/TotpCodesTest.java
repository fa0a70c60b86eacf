package org.mediationdesk.security.twofactor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes are RFC 6238's: its Appendix B test vectors (SHA-1, shortened to six digits as apps show them). */
class TotpCodesTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final TotpCodes codes = new TotpCodes();

    @Test
    void codesAreThoseOfRfc6238AppendixB() {
        assertThat(codes.codeOf(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(codes.codeOf(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(codes.codeOf(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(codes.codeOf(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterCountsButNotTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1111111109L);
        long step = 1111111109L / 30;

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeOf(RFC_SECRET, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeOf(RFC_SECRET, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeOf(RFC_SECRET, step + 2), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedDoesNotCountAgain() {
        Instant now = Instant.ofEpochSecond(1111111109L);
        long step = 1111111109L / 30;

        assertThat(codes.matchingStep(RFC_SECRET, codes.codeOf(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeOf(RFC_SECRET, step - 1), now, step - 1)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.codeOf(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }
}
