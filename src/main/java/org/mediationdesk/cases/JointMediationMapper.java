package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The agencies each case's mediation must involve (联合调解) and the waivers of them. */
@Mapper
interface JointMediationMapper {

    List<RequiredRow> findRequired(long caseId);

    void insertRequired(@Param("caseId") long caseId, @Param("agencyCode") String agencyCode);

    /** Forgets the agencies no longer required; an empty {@code kept} forgets them all. */
    void deleteRequiredExcept(@Param("caseId") long caseId, @Param("kept") Collection<String> kept);

    int waive(@Param("caseId") long caseId, @Param("agencyCode") String agencyCode, @Param("by") String by,
              @Param("at") LocalDateTime at, @Param("reason") String reason);

    record RequiredRow(String agencyCode, String waivedBy, LocalDateTime waivedAt, String waiverReason) {
    }
}
