package org.mediationdesk.mediators;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MediatorMapper {

    List<MediatorRow> findMediators(@Param("centreCode") String centreCode, @Param("today") LocalDate today);

    List<Specialty> findSpecialties(String centreCode);

    List<Conflict> findConflicts(String centreCode);

    void markAssigned(@Param("username") String username, @Param("at") LocalDateTime at);

    Optional<Long> findMediatorId(String username);

    Optional<String> findCentre(String username);

    void insertConflict(@Param("userId") long userId, @Param("partyName") String partyName,
                        @Param("partyIdNumber") String partyIdNumber, @Param("keyVersion") Integer keyVersion,
                        @Param("relation") String relation);

    void insertLeave(@Param("userId") long userId, @Param("startsOn") LocalDate startsOn,
                     @Param("endsOn") LocalDate endsOn, @Param("standIn") String standIn,
                     @Param("reason") String reason, @Param("recordedBy") String recordedBy,
                     @Param("recordedAt") LocalDateTime recordedAt);

    List<RosterRow> findRoster(@Param("centres") Collection<String> centres,
                               @Param("today") LocalDate today);

    List<Specialty> findSpecialtiesIn(@Param("centres") Collection<String> centres);

    List<LeaveRow> findLeaveFrom(@Param("username") String username, @Param("today") LocalDate today);

    /** @return 1 if the mediator's leave {@code leaveId} had not ended before today and now ends on {@code lastDay} */
    int endLeave(@Param("username") String username, @Param("leaveId") long leaveId, @Param("today") LocalDate today,
                 @Param("lastDay") LocalDate lastDay, @Param("endedBy") String endedBy,
                 @Param("endedAt") LocalDateTime endedAt);

    void updateCap(@Param("userId") long userId, @Param("caseCap") int caseCap);

    void deleteSpecialties(long userId);

    void insertSpecialty(@Param("userId") long userId, @Param("disputeTypeCode") String disputeTypeCode);

    record RosterRow(String username, String displayName, String centreCode, boolean active, int caseCap,
                     int openCases, boolean onLeave) {
    }

    record LeaveRow(long id, LocalDate startsOn, LocalDate endsOn, String standIn, String reason) {
    }

    /** A mediator of a centre as of today: whether active and on leave, open cases against the cap. */
    record MediatorRow(String username, boolean active, int caseCap, int openCases, boolean onLeave,
                       LocalDateTime lastAssignedAt) {
    }

    record Specialty(String username, String disputeTypeCode) {
    }

    record Conflict(String username, String partyName, String partyIdNumber) {
    }
}
