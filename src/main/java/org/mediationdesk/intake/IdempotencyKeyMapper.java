package org.mediationdesk.intake;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface IdempotencyKeyMapper {

    @Insert("INSERT INTO idempotency_key (idempotency_key, request_hash, case_id, created_at) "
            + "VALUES (#{key}, #{requestHash}, #{caseId}, #{createdAt})")
    void insert(@Param("key") String key, @Param("requestHash") String requestHash, @Param("caseId") long caseId,
                @Param("createdAt") LocalDateTime createdAt);

    @Select("SELECT k.request_hash, c.case_number FROM idempotency_key k JOIN dispute_case c ON c.id = k.case_id "
            + "WHERE k.idempotency_key = #{key}")
    Optional<StoredKey> find(String key);

    record StoredKey(String requestHash, String caseNumber) {
    }
}
