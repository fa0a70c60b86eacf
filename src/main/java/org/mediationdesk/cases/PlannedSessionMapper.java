package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Sessions planned ahead; invitee lists are stored comma-separated ({@link Row}). */
@Mapper
interface PlannedSessionMapper {

    void insert(@Param("plan") Row plan, @Param("key") GeneratedKey key);

    List<Row> findByCase(long caseId);

    Optional<Row> find(@Param("caseId") long caseId, @Param("id") long id);

    /** New time, place and invitees; @return 1, or 0 when the plan is no longer PLANNED */
    int reschedule(@Param("plan") Row plan);

    /** @return 1, or 0 when the plan is no longer PLANNED */
    int leavePlanned(@Param("id") long id, @Param("to") PlannedSession.Status to);

    /** The session record (调解记录) of a plan that was held, linked to it. */
    void insertHeldSession(@Param("caseId") long caseId, @Param("planId") long planId,
                           @Param("session") MediationSession session);

    /**
     * Plans starting in [from, to) with one of {@code statuses}, of cases of {@code centres} (not empty),
     * and when {@code person} is given only those whose case they mediate or that they planned. Earliest first.
     */
    List<UpcomingRow> findUpcoming(@Param("centres") Collection<String> centres, @Param("person") String person,
                                   @Param("statuses") Collection<PlannedSession.Status> statuses,
                                   @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Plans still PLANNED that start in [from, to), of every case, earliest first. */
    List<Row> findPlannedBetween(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** A plan as stored. */
    record Row(Long id, long caseId, LocalDateTime startsAt, LocalDateTime endsAt, String place, String invitedRoles,
               String invitedAgencies, String invitedOthers, String note, PlannedSession.Status status,
               String plannedBy, LocalDateTime plannedAt, int revision) {
    }

    /** A plan with what the diary shows of its case. */
    record UpcomingRow(long id, int revision, String caseNumber, String centreCode, String disputeTypeCode,
                       LocalDateTime startsAt, LocalDateTime endsAt, String place, String invitedRoles,
                       String invitedAgencies, PlannedSession.Status status) {
    }

    /** The id the database gave a new plan. */
    final class GeneratedKey {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }
}
