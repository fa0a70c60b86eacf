package org.mediationdesk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The report's figures, each from one SQL aggregate over the period and the centres. */
@Mapper
interface ReportMapper {

    Summary summary(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                    @Param("to") LocalDateTime to, @Param("asOf") LocalDateTime asOf);

    List<Breakdown> byType(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                           @Param("to") LocalDateTime to);

    List<Breakdown> byCentre(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                             @Param("to") LocalDateTime to);

    List<Breakdown> bySource(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                             @Param("to") LocalDateTime to);

    List<Breakdown> byOutcome(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                              @Param("to") LocalDateTime to);

    List<Breakdown> byTownship(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                               @Param("to") LocalDateTime to);

    /** Keyed by the mediator's login, '' for cases without a mediator. */
    List<Breakdown> byMediator(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                               @Param("to") LocalDateTime to);

    /** Keyed by the risk level's code, '' for cases not yet assessed. */
    List<Breakdown> byRiskLevel(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                                @Param("to") LocalDateTime to);

    List<AgencyCount> byAgency(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                               @Param("to") LocalDateTime to);

    /** Referrals recorded in the period (in {@code received}) by where they went. */
    List<Breakdown> byReferral(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                               @Param("to") LocalDateTime to);

    List<Person> mediators(@Param("centres") Collection<String> centres);

    /** Cases overdue at {@code asOf}, with the stage they were in then. */
    List<OverdueCase> overdue(@Param("centres") Collection<String> centres, @Param("asOf") LocalDateTime asOf);

    /** Streams the case list so a long period does not sit in memory. */
    long caseCount(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                   @Param("to") LocalDateTime to);

    Cursor<CaseLine> caseList(@Param("centres") Collection<String> centres, @Param("from") LocalDateTime from,
                              @Param("to") LocalDateTime to);

    List<DayCount> receivedByDayAndType(@Param("centres") Collection<String> centres,
                                        @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<SupervisedCase> supervision(@Param("centres") Collection<String> centres, @Param("now") LocalDateTime now,
                                     @Param("limit") int limit);

    record Summary(long received, long concluded, long resolved, long onTime, BigDecimal agreedAmount,
                   long inProgress, long overdue, long groupDisputes, long criminalRiskPrevented,
                   long criminalRiskPreventedPeople, long agreements, long agreementsFollowedUp, long followUps,
                   long performed, long confirmationsApplied, long confirmationsConfirmed, Double satisfaction,
                   Double daysToAcceptance, Double daysToOutcome) {
    }

    /** One row of a breakdown: received, concluded and resolved in the period. */
    record Breakdown(String code, long received, long concluded, long resolved) {
    }

    /** Cases an agency was asked to join, and its opinions answered and not answered by the period's end. */
    record AgencyCount(String code, long cases, long answered, long unanswered) {
    }

    record Person(String username, String displayName, String centreCode) {
    }

    record DayCount(LocalDate registeredOn, String code, long received) {
    }

    /** An open case to supervise, with its latest open round of 督办 (null fields when it has none). */
    record SupervisedCase(String caseNumber, String centreCode, String disputeTypeCode, String status,
                          LocalDateTime due, String holder, String processInstanceId, boolean overdue,
                          boolean escalated, String supervisionLevel, String supervisingCentre,
                          String skippedCentres, String leadOfficial, LocalDateTime answerDue) {
    }

    record OverdueCase(String caseNumber, String centreCode, String status, LocalDateTime due, String holder) {
    }

    record CaseLine(String caseNumber, LocalDateTime registeredAt, String disputeTypeCode, String centreCode,
                    String mediator, String status, String closureType, BigDecimal amountInDispute,
                    LocalDateTime closedAt, Integer minutesToAcceptance, Integer minutesToOutcome,
                    String applicant, String applicantKind, String respondent, String respondentKind,
                    String applicantIdNumber, String applicantPhone) {
    }
}
