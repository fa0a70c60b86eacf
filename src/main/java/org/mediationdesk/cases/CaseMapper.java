package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;

@Mapper
interface CaseMapper {

    void insertEvent(CaseEvent event);

    void insertDecisionRecord(DecisionRecord decision);

    void updateMediator(@Param("caseId") long caseId, @Param("mediator") String mediator);

    void updatePoliceDesk(@Param("caseId") long caseId, @Param("policeDesk") String policeDesk);

    List<CaseRow> findOpenCasesOfMediator(String mediator);

    void updateTriage(@Param("caseId") long caseId, @Param("riskLevel") String riskLevel,
                      @Param("riskFlags") String riskFlags);

    /** The limits as codes ({@link org.mediationdesk.routing.TimeLimit#code()}); the court's may be null. */
    void updateDeadlines(@Param("caseId") long caseId, @Param("acceptanceLimit") String acceptanceLimit,
                         @Param("mediationLimit") String mediationLimit, @Param("courtLimit") String courtLimit);

    /** Earlier cases since {@code since} sharing a party (same ID number, or same name and phone) with this case. */
    DisputeHistory findHistory(@Param("caseId") long caseId, @Param("since") LocalDateTime since);

    /**
     * Process instances of open cases of these centres (or alerted to their police desk), of a type
     * and/or whose case number or a party's name is LIKE {@code text} (escaped with '!'; either may be null), for
     * filtering task lists.
     */
    List<String> findOpenProcessInstances(@Param("centres") Collection<String> centres, @Param("type") String type,
                                          @Param("text") String text);

    /** Moves the case only if it is still in {@code from}; returns the rows changed. */
    int moveStatus(@Param("caseId") long caseId, @Param("from") CaseStatus from, @Param("to") CaseStatus to);

    void updateCentre(@Param("caseId") long caseId, @Param("centreCode") String centreCode);

    void updateAcceptanceDue(@Param("caseId") long caseId, @Param("startedAt") LocalDateTime startedAt,
                             @Param("due") LocalDateTime due);

    void insertPause(@Param("caseId") long caseId, @Param("reason") String reason, @Param("note") String note,
                     @Param("by") String by, @Param("at") LocalDateTime at);

    void markPaused(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    void closePause(@Param("caseId") long caseId, @Param("by") String by, @Param("at") LocalDateTime at,
                    @Param("workingDays") int workingDays);

    void markResumed(@Param("caseId") long caseId, @Param("workingDays") int workingDays,
                     @Param("mediationDue") LocalDateTime mediationDue);

    void extendDeadline(@Param("caseId") long caseId, @Param("workingDays") int workingDays,
                        @Param("mediationDue") LocalDateTime mediationDue);

    /** Cases whose acceptance or mediation clock is running, for the escalation sweep. */
    List<CaseRow> findRunningDeadlines();

    /** The escalation actions already taken for these cases. */
    List<TakenEscalation> findEscalations(@Param("caseIds") Collection<Long> caseIds);

    void insertEscalation(@Param("caseId") long caseId, @Param("action") String action, @Param("colour") String colour,
                          @Param("at") LocalDateTime at);

    void startMediation(@Param("caseId") long caseId, @Param("at") LocalDateTime at,
                        @Param("mediationDue") LocalDateTime mediationDue);

    void markOverdue(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    void recordOutcome(@Param("caseId") long caseId, @Param("outcome") String outcome, @Param("at") LocalDateTime at);

    void close(@Param("caseId") long caseId, @Param("closureType") ClosureType closureType,
               @Param("at") LocalDateTime at);

    Optional<CaseRow> findById(long id);

    /** Locks the case's row until the transaction ends ({@code SELECT … FOR UPDATE}); empty if there is no such case. */
    Optional<Long> lockCase(long id);

    Optional<CaseRow> findByNumber(String caseNumber);

    List<CaseRow> findByProcessInstances(@Param("ids") Collection<String> processInstanceIds);

    List<PartyRow> findParties(long caseId);

    /** The parties a message may be addressed to, in their order; no phone is read. */
    List<Addressee> findAddressees(long caseId);

    /** A party's phone as stored (sealed), for a message being sent now. */
    Optional<String> findSealedPhone(@Param("caseId") long caseId, @Param("partyId") long partyId);

    /** A party's details, the party named by its place among the case's parties (from 0). */
    void updatePartyDetails(@Param("caseId") long caseId, @Param("seq") int seq, @Param("details") PartyDetails details);

    /** The parties' names of several cases at once, in their order, for lists. */
    List<PartyName> findPartyNames(@Param("caseIds") Collection<Long> caseIds);

    List<CaseEvent> findEvents(long caseId);

    List<DecisionRecord> findDecisionRecords(long caseId);

    /** A stored case as read back. */
    record CaseRow(long id, String caseNumber, String disputeTypeCode, DisputeSource source, String countyCode,
                   String townshipCode, String village, String description, LocalDate occurredOn,
                   int peopleInvolved, BigDecimal amountInDispute, CaseStatus status, String centreCode,
                   String processInstanceId, String registeredBy, LocalDateTime registeredAt,
                   LocalDateTime acceptanceDue, LocalDateTime mediationDue, LocalDateTime overdueSince,
                   LocalDateTime acceptedAt, String outcome, LocalDateTime outcomeAt, ClosureType closureType,
                   LocalDateTime closedAt, String riskIndicators, CourtStage courtStage, String riskLevel,
                   String riskFlags, String acceptanceLimit, String mediationLimit, String courtLimit,
                   LocalDate courtFileReceivedOn, String policeDesk, String chosenMediator, String mediator, LocalDateTime clockStartedAt,
                   LocalDateTime pausedSince, int pausedWorkingDays, Integer extensionWorkingDays) {
    }

    /** An escalation action taken for a case. */
    record TakenEscalation(long caseId, String action) {
    }

    /** A party as a message's addressee: which row, in which role, and whether a phone is on file. */
    record Addressee(long partyId, int seq, PartyRole role, String name, boolean hasPhone) {
    }

    /** A party as stored; vulnerabilities are codes separated by commas. */
    record PartyName(long caseId, PartyRole role, String name) {
    }

    record PartyRow(PartyRole role, PartyKind kind, String name, String idNumber, String phone,
                    String vulnerabilities, Sex sex, String ethnicity, LocalDate birthDate, String occupation,
                    String address, String agentName, String agentCapacity, String agentPhone,
                    String detailsRefused) {

        PartyDetails details() {
            return new PartyDetails(sex, ethnicity, birthDate, occupation, address, agentName, agentCapacity,
                    agentPhone, detailsRefused);
        }
    }

    /** How many earlier cases share one party with this one, and how many share two or more. */
    record DisputeHistory(int ofAParty, int betweenTheParties) {
    }
}
