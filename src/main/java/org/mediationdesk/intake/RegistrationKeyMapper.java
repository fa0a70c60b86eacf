package org.mediationdesk.intake;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Removes a case's Idempotency-Keys (RegistrationKeyRetention). */
@Mapper
interface RegistrationKeyMapper {

    @Delete("DELETE FROM registration_key WHERE case_id = #{caseId}")
    void deleteOfCase(@Param("caseId") long caseId);
}
