package org.mediationdesk.privacy;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The one way access records leave: those older than the retention the settings allow, nothing else. */
@Mapper
interface AccessRecordPurgeMapper {

    @Delete("DELETE FROM access_record WHERE occurred_at < #{before}")
    int deleteOlderThan(@Param("before") LocalDateTime before);
}
