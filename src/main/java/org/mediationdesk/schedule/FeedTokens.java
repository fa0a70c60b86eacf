package org.mediationdesk.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.mediationdesk.security.AppUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in a user's feed address. It is shown once when made; only its SHA-256 is stored, so a
 * copy of the database does not open anyone's feed. Making a new one ends the old; revoking ends both.
 */
@Service
class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenMapper tokens;
    private final UserDetailsService users;
    private final Clock clock;

    FeedTokens(FeedTokenMapper tokens, UserDetailsService users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** @return the new token, to show once */
    @Transactional
    String renew(AppUser user) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.delete(user.id());
        tokens.insert(user.id(), hash(token), LocalDateTime.now(clock));
        return token;
    }

    void revoke(AppUser user) {
        tokens.delete(user.id());
    }

    Optional<LocalDateTime> createdAt(AppUser user) {
        return tokens.findCreatedAt(user.id());
    }

    /** The enabled user whose feed this token opens. */
    Optional<AppUser> owner(String token) {
        return tokens.findUsername(hash(token)).flatMap(username -> {
            try {
                return Optional.of((AppUser) users.loadUserByUsername(username));
            } catch (UsernameNotFoundException e) {
                return Optional.empty();
            }
        }).filter(AppUser::isEnabled);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
