package org.mediationdesk.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Personal access tokens (personal_access_token): only their SHA-256 is kept. */
@Mapper
interface AccessTokenMapper {

    void insert(NewToken token);

    /** The user of a token that is neither expired nor revoked. */
    Optional<String> findUsername(@Param("hash") String hash, @Param("now") LocalDateTime now);

    /** Notes the use, unless one was noted since {@code notSince}. */
    void touch(@Param("hash") String hash, @Param("now") LocalDateTime now, @Param("notSince") LocalDateTime notSince);

    List<AccessToken> findOfUser(@Param("username") String username);

    int revoke(@Param("id") long id, @Param("username") String username, @Param("now") LocalDateTime now);

    /** A token as it is inserted. */
    final class NewToken {
        final String username;
        final String name;
        final String hash;
        final String prefix;
        final LocalDateTime createdAt;
        final LocalDateTime expiresAt;

        NewToken(String username, String name, String hash, String prefix, LocalDateTime createdAt,
                 LocalDateTime expiresAt) {
            this.username = username;
            this.name = name;
            this.hash = hash;
            this.prefix = prefix;
            this.createdAt = createdAt;
            this.expiresAt = expiresAt;
        }
    }
}
