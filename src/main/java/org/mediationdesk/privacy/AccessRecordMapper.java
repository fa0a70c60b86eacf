package org.mediationdesk.privacy;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The access records for the application: written and read, never changed or deleted (see AccessRecordPurge). */
@Mapper
interface AccessRecordMapper {

    void insert(AccessRecord record);

    List<AccessRecord> find(@Param("query") AccessRecordQuery query, @Param("limit") int limit);
}
