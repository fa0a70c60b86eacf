package org.mediationdesk.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Failure counts and locks (sign_in_limit) and the sign-in record (sign_in_event). */
@Mapper
interface SignInMapper {

    Optional<LocalDateTime> lockedUntil(@Param("kind") String kind, @Param("subject") String subject);

    /** One more failure; the count starts again when its window began before {@code windowStart}. */
    int countFailure(@Param("kind") String kind, @Param("subject") String subject, @Param("now") LocalDateTime now,
                     @Param("windowStart") LocalDateTime windowStart);

    void insertLimit(@Param("kind") String kind, @Param("subject") String subject, @Param("now") LocalDateTime now);

    /** Locks once the count reached {@code max}; 1 when this call locked it, 0 when it was locked or below. */
    int lockIfReached(@Param("kind") String kind, @Param("subject") String subject, @Param("max") int max,
                      @Param("now") LocalDateTime now, @Param("until") LocalDateTime until);

    boolean exists(@Param("kind") String kind, @Param("subject") String subject);

    int clear(@Param("kind") String kind, @Param("subject") String subject);

    List<LockRow> findLocks(@Param("kind") String kind, @Param("now") LocalDateTime now);

    void insertEvent(@Param("at") LocalDateTime at, @Param("username") String username, @Param("address") String address,
                     @Param("channel") SignInChannel channel, @Param("outcome") SignInOutcome outcome,
                     @Param("actor") String actor);

    List<SignInRecord> findEvents(@Param("query") SignInQuery query, @Param("limit") int limit);

    record LockRow(String subject, LocalDateTime lockedUntil) {
    }
}
