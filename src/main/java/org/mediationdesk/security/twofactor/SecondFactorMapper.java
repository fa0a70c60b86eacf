package org.mediationdesk.security.twofactor;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SecondFactorMapper {

    Optional<SecondFactorRow> find(long userId);

    void insert(@Param("userId") long userId, @Param("secret") String secret, @Param("keyVersion") Integer keyVersion,
                @Param("createdAt") LocalDateTime createdAt);

    int confirm(@Param("userId") long userId, @Param("step") long step, @Param("confirmedAt") LocalDateTime confirmedAt);

    /** Moves the last used step forward; 0 when another request used this step or a later one first. */
    int useStep(@Param("userId") long userId, @Param("step") long step);

    void delete(long userId);

    List<RecoveryCodeRow> findUnusedRecoveryCodes(long userId);

    void insertRecoveryCode(@Param("userId") long userId, @Param("codeHash") String codeHash);

    int useRecoveryCode(@Param("id") long id, @Param("usedAt") LocalDateTime usedAt);

    void deleteRecoveryCodes(long userId);

    record SecondFactorRow(long userId, String secret, LocalDateTime createdAt, LocalDateTime confirmedAt,
                           Long lastUsedStep) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    record RecoveryCodeRow(long id, String codeHash) {
    }
}
