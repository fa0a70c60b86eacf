package org.mediationdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Personal access tokens: {@value #PREFIX} and 32 random bytes, of which only a SHA-256 is stored, so a
 * database copy holds nothing to call the API with, and checking one costs a hash and an indexed read
 * instead of BCrypt.
 */
@Component
public class AccessTokenStore {

    public static final String PREFIX = "mdt_";
    private static final int SHOWN_CHARACTERS = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenMapper tokens;
    private final Clock clock;

    AccessTokenStore(AccessTokenMapper tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token of {@code username}; the returned text is the only time anyone sees it. */
    public String issue(String username, String name, Duration validFor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.insert(new AccessTokenMapper.NewToken(username, name, hash(token), token.substring(0, SHOWN_CHARACTERS),
                now, now.plus(validFor)));
        return token;
    }

    public List<AccessToken> of(String username) {
        return tokens.findOfUser(username);
    }

    /** False when the token is not the user's or was revoked already. */
    public boolean revoke(String username, long id) {
        return tokens.revoke(id, username, LocalDateTime.now(clock)) == 1;
    }

    /** Whose a token is, while it is neither expired nor revoked. */
    Optional<String> usernameOf(String token) {
        String hash = hash(token);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<String> username = tokens.findUsername(hash, now);
        // At most one write a minute per token, however often it calls.
        username.ifPresent(found -> tokens.touch(hash, now, now.minusMinutes(1)));
        return username;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
