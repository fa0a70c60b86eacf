package org.mediationdesk.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Login-failure handling shared by every node through the database: wrong passwords are counted per
 * account name (existing or not, so a lock says nothing about whether the user exists) and per address;
 * over a limit, sign-ins are refused before any password is checked until the lock ends or an
 * administrator lifts it. Sign-ins on the page, failures, locks and unlocks are recorded.
 */
@Component
public class SignInGuard {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final int SUBJECT_LENGTH = 128;

    private final SignInMapper mapper;
    private final SignInLimits limits;
    private final Clock clock;

    SignInGuard(SignInMapper mapper, SignInLimits limits, Clock clock) {
        this.mapper = mapper;
        this.limits = limits;
        this.clock = clock;
    }

    /** Until when a sign-in by this name from this address is refused, if it is. */
    public Optional<LocalDateTime> refusedUntil(String username, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        return Stream.of(mapper.lockedUntil(ACCOUNT, fit(username)), mapper.lockedUntil(ADDRESS, fit(address)))
                .flatMap(Optional::stream)
                .filter(until -> until.isAfter(now))
                .max(LocalDateTime::compareTo);
    }

    void failed(String username, String address, SignInChannel channel) {
        failed(username, address, channel, SignInOutcome.FAILURE);
    }

    private void failed(String username, String address, SignInChannel channel, SignInOutcome outcome) {
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.insertEvent(now, fit(username), fit(address), channel, outcome, null);
        if (count(ACCOUNT, fit(username), limits.maxFailures(), now)) {
            mapper.insertEvent(now, fit(username), fit(address), channel, SignInOutcome.LOCKED, null);
        }
        if (address != null && count(ADDRESS, fit(address), limits.addressMaxFailures(), now)) {
            mapper.insertEvent(now, fit(username), fit(address), channel, SignInOutcome.THROTTLED, null);
        }
    }

    /** A wrong second-factor code: recorded and counted with the account's wrong passwords. */
    public void secondFactorFailed(String username, String address) {
        failed(username, address, SignInChannel.FORM, SignInOutcome.FACTOR_FAILURE);
    }

    /** Enrolment, a recovery code used, or an administrator's reset ({@code actor}) of a second factor. */
    public void secondFactorEvent(String username, String address, SignInOutcome outcome, String actor) {
        mapper.insertEvent(LocalDateTime.now(clock), fit(username), fit(address),
                actor == null ? SignInChannel.FORM : SignInChannel.ADMIN, outcome, actor);
    }

    /** A right password: the name's failures are forgotten; a sign-in on the page is recorded. */
    void succeeded(String username, String address, SignInChannel channel) {
        // Every API call signs in: read first, so a call writes nothing unless there were failures to forget.
        if (mapper.exists(ACCOUNT, fit(username))) {
            mapper.clear(ACCOUNT, fit(username));
        }
        if (channel == SignInChannel.FORM) {
            mapper.insertEvent(LocalDateTime.now(clock), fit(username), fit(address), channel, SignInOutcome.SUCCESS, null);
        }
    }

    public void unlock(String username, AppUser administrator) {
        if (mapper.clear(ACCOUNT, fit(username)) > 0) {
            mapper.insertEvent(LocalDateTime.now(clock), fit(username), null, SignInChannel.ADMIN,
                    SignInOutcome.UNLOCKED, administrator.username());
        }
    }

    /** Account names locked now, with the end of each lock. */
    public Map<String, LocalDateTime> lockedAccounts() {
        return mapper.findLocks(ACCOUNT, LocalDateTime.now(clock)).stream()
                .collect(Collectors.toMap(SignInMapper.LockRow::subject, SignInMapper.LockRow::lockedUntil));
    }

    /** The sign-in record, newest first, at most {@code limit} lines. */
    public List<SignInRecord> search(SignInQuery query, int limit) {
        return mapper.findEvents(query, limit);
    }

    /** Counts one failure; true when it is the one that locks. */
    private boolean count(String kind, String subject, int max, LocalDateTime now) {
        LocalDateTime windowStart = now.minus(limits.window());
        if (mapper.countFailure(kind, subject, now, windowStart) == 0) {
            try {
                mapper.insertLimit(kind, subject, now);
            } catch (DuplicateKeyException anotherNodeCountedFirst) {
                mapper.countFailure(kind, subject, now, windowStart);
            }
        }
        return mapper.lockIfReached(kind, subject, max, now, now.plus(limits.lockFor())) == 1;
    }

    private static String fit(String value) {
        return value == null || value.length() <= SUBJECT_LENGTH ? value : value.substring(0, SUBJECT_LENGTH);
    }
}
