package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What is recorded during and after mediation: sessions, agency opinions, agreement, referral. */
@Mapper
interface MediationRecordMapper {

    void insertSession(@Param("caseId") long caseId, @Param("session") MediationSession session);

    List<MediationSession> findSessions(long caseId);

    void insertOpinionRequest(@Param("caseId") long caseId, @Param("agencyCode") String agencyCode,
                              @Param("requestedBy") String requestedBy, @Param("requestedAt") LocalDateTime requestedAt,
                              @Param("dueAt") LocalDateTime dueAt);

    int answerOpinion(@Param("caseId") long caseId, @Param("agencyCode") String agencyCode,
                      @Param("opinion") String opinion, @Param("answeredBy") String answeredBy,
                      @Param("answeredAt") LocalDateTime answeredAt);

    void markMissingOpinions(long caseId);

    List<AgencyOpinion> findOpinions(long caseId);

    void insertAgreement(@Param("caseId") long caseId, @Param("terms") String terms, @Param("amount") BigDecimal amount,
                         @Param("performanceDeadline") LocalDate performanceDeadline,
                         @Param("agreementForm") String agreementForm, @Param("effectiveOn") LocalDate effectiveOn,
                         @Param("confirmationRequested") boolean confirmationRequested,
                         @Param("confirmationWindowEnds") LocalDateTime confirmationWindowEnds,
                         @Param("performanceMethod") String performanceMethod,
                         @Param("recordedBy") String recordedBy, @Param("recordedAt") LocalDateTime recordedAt);

    void recordConfirmationApplication(@Param("caseId") long caseId, @Param("appliedOn") LocalDate appliedOn,
                                       @Param("court") String court);

    void recordConfirmation(@Param("caseId") long caseId, @Param("decision") String decision,
                            @Param("caseNumber") String caseNumber, @Param("decidedOn") LocalDate decidedOn);

    void recordFollowUp(@Param("caseId") long caseId, @Param("performed") boolean performed,
                        @Param("applicantSatisfaction") Integer applicantSatisfaction,
                        @Param("respondentSatisfaction") Integer respondentSatisfaction,
                        @Param("note") String note, @Param("by") String by, @Param("at") LocalDateTime at);

    Optional<Agreement> findAgreement(long caseId);

    void insertReferral(@Param("caseId") long caseId, @Param("referral") Referral referral);

    List<Referral> findReferrals(long caseId);
}
