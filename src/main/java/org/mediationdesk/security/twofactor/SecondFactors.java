package org.mediationdesk.security.twofactor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.SignInGuard;
import org.mediationdesk.security.SignInOutcome;
import org.mediationdesk.security.StoredSecrets;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.security.twofactor.SecondFactorMapper.SecondFactorRow;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment, codes and recovery codes of the second factor. A wrong code counts as a failed sign-in of the
 * account (five lock it, as wrong passwords do), so the million possible codes cannot be tried out.
 */
@Service
public class SecondFactors {

    private static final int SECRET_BYTES = 20;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RECOVERY_LENGTH = 10;

    private final SecondFactorMapper mapper;
    private final UserMapper users;
    private final SecondFactorProperties properties;
    private final SignInGuard guard;
    private final PasswordEncoder hashes;
    private final Clock clock;
    private final StoredSecrets secrets;
    private final TotpCodes codes = new TotpCodes();
    private final SecureRandom random = new SecureRandom();
    private final Base32 base32 = new Base32();

    SecondFactors(SecondFactorMapper mapper, UserMapper users, SecondFactorProperties properties, SignInGuard guard,
                  PasswordEncoder hashes, Clock clock, StoredSecrets secrets) {
        this.secrets = secrets;
        this.mapper = mapper;
        this.users = users;
        this.properties = properties;
        this.guard = guard;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** Whether this user's local sign-in needs a second factor: a role that must, or enrolled of their own accord. */
    public boolean requiredFor(AppUser user) {
        return user.roles().stream().anyMatch(properties.roles()::contains) || enrolled(user);
    }

    public boolean enrolled(AppUser user) {
        return mapper.find(user.id()).filter(SecondFactorRow::confirmed).isPresent();
    }

    /** The secret to enrol with: the one shown before if it was not confirmed yet, else a new one. */
    @Transactional
    public Enrolment enrolment(AppUser user) {
        Optional<SecondFactorRow> existing = mapper.find(user.id());
        if (existing.filter(SecondFactorRow::confirmed).isPresent()) {
            throw new IllegalStateException("Already enrolled: " + user.username());
        }
        String secret = existing.map(this::plainSecret).orElseGet(() -> {
            byte[] bytes = new byte[SECRET_BYTES];
            random.nextBytes(bytes);
            String created = base32.encodeAsString(bytes);
            StoredSecrets.Sealed sealed = secrets.seal(created);
            mapper.insert(user.id(), sealed.value(), sealed.keyVersion(), now());
            return created;
        });
        return new Enrolment(properties.issuer(), user.username(), secret);
    }

    /**
     * Confirms the enrolment with a first code from the app; answers the new recovery codes (shown once), or
     * nothing when the code is wrong.
     */
    @Transactional
    public Optional<List<String>> confirm(AppUser user, String code, String address) {
        Optional<SecondFactorRow> pending = mapper.find(user.id()).filter(row -> !row.confirmed());
        OptionalLong step = pending.map(row -> codes.matchingStep(base32.decode(plainSecret(row)), normalised(code),
                clock.instant(), Long.MIN_VALUE)).orElse(OptionalLong.empty());
        if (step.isEmpty() || mapper.confirm(user.id(), step.getAsLong(), now()) == 0) {
            guard.secondFactorFailed(user.username(), address);
            return Optional.empty();
        }
        guard.secondFactorEvent(user.username(), address, SignInOutcome.FACTOR_ENROLLED, null);
        return Optional.of(newRecoveryCodes(user));
    }

    /** A code from the app or an unused recovery code (used up by this); a wrong one counts as a failure. */
    @Transactional
    public boolean verify(AppUser user, String code, String address) {
        Optional<SecondFactorRow> factor = mapper.find(user.id()).filter(SecondFactorRow::confirmed);
        if (factor.isEmpty()) {
            return false;
        }
        String typed = normalised(code);
        SecondFactorRow row = factor.get();
        OptionalLong step = codes.matchingStep(base32.decode(plainSecret(row)), typed, clock.instant(),
                row.lastUsedStep() == null ? Long.MIN_VALUE : row.lastUsedStep());
        if (step.isPresent() && mapper.useStep(user.id(), step.getAsLong()) == 1) {
            return true;
        }
        if (typed.length() == RECOVERY_LENGTH && useRecoveryCode(user, typed)) {
            guard.secondFactorEvent(user.username(), address, SignInOutcome.RECOVERY_USED, null);
            return true;
        }
        guard.secondFactorFailed(user.username(), address);
        return false;
    }

    private String plainSecret(SecondFactorRow row) {
        return secrets.open(row.secret());
    }

    public int recoveryCodesLeft(AppUser user) {
        return mapper.findUnusedRecoveryCodes(user.id()).size();
    }

    /** Replaces the recovery codes (the old ones stop working); answers the new ones, shown once. */
    @Transactional
    public List<String> newRecoveryCodes(AppUser user) {
        mapper.deleteRecoveryCodes(user.id());
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < properties.recoveryCodes(); i++) {
            String code = recoveryCode();
            mapper.insertRecoveryCode(user.id(), hashes.encode(code));
            fresh.add(code);
        }
        return fresh;
    }

    /** Whether the user of this name has set up a second factor (for the users page). */
    public boolean enrolled(String username) {
        return users.findByUsername(username).flatMap(row -> mapper.find(row.id()))
                .filter(SecondFactorRow::confirmed).isPresent();
    }

    /** For a user who lost both the phone and the recovery codes: they enrol again at their next sign-in. */
    @Transactional
    public void reset(String username, AppUser administrator) {
        users.findByUsername(username).ifPresent(row -> {
            mapper.deleteRecoveryCodes(row.id());
            mapper.delete(row.id());
            guard.secondFactorEvent(username, null, SignInOutcome.FACTOR_RESET, administrator.username());
        });
    }

    private boolean useRecoveryCode(AppUser user, String typed) {
        return mapper.findUnusedRecoveryCodes(user.id()).stream()
                .filter(row -> hashes.matches(typed, row.codeHash()))
                .anyMatch(row -> mapper.useRecoveryCode(row.id(), now()) == 1);
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder(RECOVERY_LENGTH);
        for (int i = 0; i < RECOVERY_LENGTH; i++) {
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** People type codes with spaces or dashes, as apps and printed lists group them, and in lower case. */
    private static String normalised(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
