package org.mediationdesk.intake;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface IdempotencyKeyMapper {

    @Insert("INSERT INTO registration_key (owner, idempotency_key, request_hash, case_id, created_at) "
            + "VALUES (#{owner}, #{key}, #{requestHash}, #{caseId}, #{createdAt})")
    void insert(@Param("owner") String owner, @Param("key") String key, @Param("requestHash") String requestHash, @Param("caseId") long caseId,
                @Param("createdAt") LocalDateTime createdAt);

    @Select("SELECT k.request_hash, c.case_number FROM registration_key k JOIN dispute_case c ON c.id = k.case_id "
            + "WHERE k.owner = #{owner} AND k.idempotency_key = #{key}")
    Optional<StoredKey> find(@Param("owner") String owner, @Param("key") String key);

    record StoredKey(String requestHash, String caseNumber) {
    }
}
