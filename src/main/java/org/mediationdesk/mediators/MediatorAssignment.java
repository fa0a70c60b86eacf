package org.mediationdesk.mediators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.routing.AssignmentDecision;
import org.mediationdesk.routing.Decision;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.MediatorFact;
import org.springframework.stereotype.Service;

/** Gathers a centre's mediators as facts for the assignment rules (rules/assignment.drl) and records the pick. */
@Service
public class MediatorAssignment {

    private final MediatorMapper mediators;
    private final DisputeRules rules;
    private final Clock clock;
    private final PersonalDataCipher cipher;

    MediatorAssignment(MediatorMapper mediators, DisputeRules rules, Clock clock, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.mediators = mediators;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * @param parties        the case's parties, to find declared conflicts of interest
     * @param chosenByParties the mediator the parties chose together, or null
     * @param standIn        the stand-in an absent mediator named, or null
     */
    public Decision<AssignmentDecision> choose(String centreCode, String typeCode, List<Party> parties,
                                               String chosenByParties, String standIn) {
        List<MediatorFact> facts = mediatorsOf(centreCode).facts(parties, chosenByParties, standIn);
        Decision<AssignmentDecision> decision = rules.assign(typeCode, facts);
        if (decision.result().mediator() != null) {
            mediators.markAssigned(decision.result().mediator(), LocalDateTime.now(clock));
        }
        return decision;
    }

    /** A centre's mediators as the assignment rules see them today; reads only, so rule simulations can use it. */
    public CentreMediators mediatorsOf(String centreCode) {
        Map<String, Set<String>> specialties = mediators.findSpecialties(centreCode).stream()
                .collect(Collectors.groupingBy(MediatorMapper.Specialty::username,
                        Collectors.mapping(MediatorMapper.Specialty::disputeTypeCode, Collectors.toSet())));
        return new CentreMediators(mediators.findMediators(centreCode, LocalDate.now(clock)), specialties,
                mediators.findConflicts(centreCode).stream()
                        .map(c -> new MediatorMapper.Conflict(c.username(), c.partyName(), cipher.open(c.partyIdNumber())))
                        .toList(),
                clock.getZone());
    }

    public boolean isMediator(String username) {
        return mediators.findMediatorId(username).isPresent();
    }

    public Optional<String> centreOf(String mediator) {
        return mediators.findCentre(mediator);
    }

    /** Records a declared conflict of interest: the mediator steps aside from this person's cases. */
    public void recordConflict(String mediator, String partyName, String partyIdNumber, String relation) {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        mediators.insertConflict(mediators.findMediatorId(mediator).orElseThrow(), partyName, sealer.seal(partyIdNumber),
                sealer.keyVersion(), relation);
    }

    /** Records a mediator's leave; the caller moves their open work. */
    public void recordLeave(String mediator, LocalDate startsOn, LocalDate endsOn, String standIn, String reason,
                            String recordedBy) {
        long userId = mediators.findMediatorId(mediator).orElseThrow();
        mediators.insertLeave(userId, startsOn, endsOn, standIn, reason, recordedBy, LocalDateTime.now(clock));
    }

    /**
     * The mediator is back from today: leave that has begun now ends yesterday, and leave still to come
     * is called off (its last day falls before its first, so no query counts it).
     *
     * @return false when the mediator has no such leave that is still running or to come
     */
    public boolean endLeave(String mediator, long leaveId, String endedBy) {
        LocalDate today = LocalDate.now(clock);
        return mediators.endLeave(mediator, leaveId, today, today.minusDays(1), endedBy, LocalDateTime.now(clock)) == 1;
    }

    /** A centre's mediators on one day: who they are, their specialties and declared conflicts of interest. */
    public static final class CentreMediators {

        private final List<MediatorMapper.MediatorRow> rows;
        private final Map<String, Set<String>> specialties;
        private final List<MediatorMapper.Conflict> conflicts;
        private final ZoneId businessZone;

        private CentreMediators(List<MediatorMapper.MediatorRow> rows, Map<String, Set<String>> specialties,
                                List<MediatorMapper.Conflict> conflicts, ZoneId businessZone) {
            this.rows = rows;
            this.specialties = specialties;
            this.conflicts = conflicts;
            this.businessZone = businessZone;
        }

        /**
         * @param parties         the case's parties, to find declared conflicts of interest
         * @param chosenByParties the mediator the parties chose together, or null
         * @param standIn         the stand-in an absent mediator named, or null
         */
        public List<MediatorFact> facts(List<Party> parties, String chosenByParties, String standIn) {
            return rows.stream()
                    .map(row -> new MediatorFact(row.username(), specialties.getOrDefault(row.username(), Set.of()),
                            row.active(), row.onLeave(), row.openCases(), row.caseCap(),
                            conflicts.stream().anyMatch(c -> c.username().equals(row.username()) && concerns(c, parties)),
                            row.username().equals(chosenByParties), row.username().equals(standIn),
                            row.lastAssignedAt() == null ? 0
                                    : row.lastAssignedAt().atZone(businessZone).toInstant().toEpochMilli()))
                    .toList();
        }

        private static boolean concerns(MediatorMapper.Conflict conflict, List<Party> parties) {
            return parties.stream().anyMatch(party -> conflict.partyIdNumber() != null
                    ? conflict.partyIdNumber().equals(party.idNumber()) : conflict.partyName().equals(party.name()));
        }
    }

    /** A party as far as conflicts of interest go. */
    public record Party(String name, String idNumber) {
    }
}
