package org.mediationdesk.schedule;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Feed tokens: one per user at most, kept as SHA-256 hashes. */
@Mapper
interface FeedTokenMapper {

    /** Replaces the user's token, if any. */
    void delete(long userId);

    void insert(@Param("userId") long userId, @Param("tokenHash") String tokenHash,
                @Param("createdAt") LocalDateTime createdAt);

    Optional<LocalDateTime> findCreatedAt(long userId);

    /** The login of the user whose token has this hash. */
    Optional<String> findUsername(String tokenHash);
}
