package org.mediationdesk.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mediationdesk.notifications.VerificationTexts;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time codes that verify a phone: six digits by text message (notifications' {@link VerificationTexts}, sent as
 * soon as the request's transaction commits), kept only as a keyed hash, valid five minutes, spent by five wrong
 * answers, superseded by the next code. The limits are counted in the database, so they hold whichever node a
 * request reaches: one code a minute and five an hour to a phone, twenty an hour from a client address; after three
 * requests from an address or three wrong codes for a phone within an hour, a code is sent only with a picture
 * challenge answered. Requests for one phone are judged one at a time (its guard row is locked), so two sent at the
 * same moment cannot both pass the limit of one a minute.
 */
@Service
class PhoneCodes {

    /** Mainland mobile numbers: 11 digits from 13x to 19x. */
    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int GUARD_ATTEMPTS = 3;

    private final PortalMapper portal;
    private final VerificationTexts texts;
    private final Challenges challenges;
    private final PersonalDataCipher cipher;
    private final PortalSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PhoneCodes(PortalMapper portal, VerificationTexts texts, Challenges challenges, PersonalDataCipher cipher,
               PortalSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.portal = portal;
        this.texts = texts;
        this.challenges = challenges;
        this.cipher = cipher;
        this.settings = settings;
        this.clock = clock;
    }

    static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** Whether a code request from this address for this phone must come with a challenge answered. */
    @Transactional(readOnly = true)
    boolean challengeNeeded(String phone, String address) {
        LocalDateTime hourAgo = now().minus(HOUR);
        return portal.findAttemptsSince(PortalMapper.AttemptKind.CODE_FROM_ADDRESS, addressKey(address), hourAgo).size()
                >= settings.challengeAfterRequests()
                || isMobile(phone) && portal.findAttemptsSince(PortalMapper.AttemptKind.WRONG_CODE,
                cipher.phoneLookup(phone), hourAgo).size() >= settings.challengeAfterWrongCodes();
    }

    /**
     * Sends a code to {@code phone} (a valid mobile number) unless a limit holds or a challenge is due and not
     * answered (it is spent either way).
     */
    Outcome request(String phone, String address, String challengeToken, String challengeAnswer) {
        String phoneKey = cipher.phoneLookup(phone);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    guard(phoneKey);
                    return judge(phone, phoneKey, address, challengeToken, challengeAnswer);
                });
            } catch (PessimisticLockingFailureException | DuplicateKeyException racedForTheGuard) {
                // Only the first requests for a phone race: both create its guard row, or both wait to lock it.
                if (attempt == GUARD_ATTEMPTS) {
                    throw racedForTheGuard;
                }
            }
        }
    }

    private void guard(String phoneKey) {
        if (portal.lockPhoneGuard(phoneKey).isEmpty()) {
            portal.insertPhoneGuard(phoneKey);
        }
    }

    private Outcome judge(String phone, String phoneKey, String address, String challengeToken, String challengeAnswer) {
        LocalDateTime now = now();
        String addressKey = addressKey(address);
        Optional<Duration> wait = waitFor(PortalMapper.AttemptKind.CODE_TO_PHONE, phoneKey, MINUTE,
                settings.codesPerPhoneMinute(), now);
        if (wait.isPresent()) {
            return new Outcome(Result.PHONE_MINUTE_LIMIT, wait.get());
        }
        wait = waitFor(PortalMapper.AttemptKind.CODE_TO_PHONE, phoneKey, HOUR, settings.codesPerPhoneHour(), now);
        if (wait.isPresent()) {
            return new Outcome(Result.PHONE_HOUR_LIMIT, wait.get());
        }
        wait = waitFor(PortalMapper.AttemptKind.CODE_FROM_ADDRESS, addressKey, HOUR, settings.codesPerAddressHour(), now);
        if (wait.isPresent()) {
            return new Outcome(Result.ADDRESS_LIMIT, wait.get());
        }
        if (challengeNeeded(phone, address) && !challenges.answer(challengeToken, challengeAnswer)) {
            return new Outcome(challengeToken == null || challengeToken.isBlank() ? Result.CHALLENGE_NEEDED
                    : Result.CHALLENGE_WRONG, null);
        }
        portal.closeOpenCodes(phoneKey, now, "SUPERSEDED");
        String code = String.format("%06d", random.nextInt(1_000_000));
        portal.insertCode(phoneKey, codeHash(phoneKey, code), now, now.plus(settings.codeValidity()));
        portal.insertAttempt(PortalMapper.AttemptKind.CODE_TO_PHONE, phoneKey, now);
        portal.insertAttempt(PortalMapper.AttemptKind.CODE_FROM_ADDRESS, addressKey, now);
        texts.sendCode(phone, code, (int) settings.codeValidity().toMinutes());
        return new Outcome(Result.SENT, null);
    }

    /** Checks the phone's newest code: a right answer spends it, a wrong one counts (the fifth spends it). */
    @Transactional
    Check verify(String phone, String code) {
        LocalDateTime now = now();
        String phoneKey = cipher.phoneLookup(phone);
        Optional<PortalMapper.Code> open = portal.lockOpenCode(phoneKey);
        if (open.isEmpty()) {
            return Check.NO_CODE;
        }
        PortalMapper.Code stored = open.get();
        if (!stored.expiresAt().isAfter(now)) {
            portal.closeCode(stored.id(), now, "EXPIRED");
            return Check.EXPIRED;
        }
        if (code != null && stored.codeHash().equals(codeHash(phoneKey, code.strip()))) {
            portal.closeCode(stored.id(), now, "USED");
            return Check.RIGHT;
        }
        portal.countWrongTry(stored.id());
        portal.insertAttempt(PortalMapper.AttemptKind.WRONG_CODE, phoneKey, now);
        if (stored.wrongTries() + 1 >= settings.codeWrongTries()) {
            portal.closeCode(stored.id(), now, "WRONG_TRIES");
            return Check.SPENT;
        }
        return Check.WRONG;
    }

    /** Attempts and challenges older than a day count for nothing; every node deletes them now and then. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
    @Transactional
    void forgetOldAttempts() {
        LocalDateTime dayAgo = now().minusDays(1);
        portal.deleteAttemptsBefore(dayAgo);
        portal.deleteChallengesBefore(dayAgo);
    }

    private Optional<Duration> waitFor(PortalMapper.AttemptKind kind, String key, Duration window, int limit,
                                       LocalDateTime now) {
        List<LocalDateTime> attempts = portal.findAttemptsSince(kind, key, now.minus(window));
        if (attempts.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, attempts.get(attempts.size() - limit).plus(window)));
    }

    private String codeHash(String phoneKey, String code) {
        return cipher.keyedHash("public-code", (phoneKey + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private String addressKey(String address) {
        return cipher.keyedHash("public-address", String.valueOf(address).getBytes(StandardCharsets.UTF_8));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    enum Result { SENT, PHONE_MINUTE_LIMIT, PHONE_HOUR_LIMIT, ADDRESS_LIMIT, CHALLENGE_NEEDED, CHALLENGE_WRONG }

    /** What became of a code request; {@code retryAfter} for a limit. */
    record Outcome(Result result, Duration retryAfter) {
    }

    enum Check { RIGHT, WRONG, SPENT, EXPIRED, NO_CODE }
}
