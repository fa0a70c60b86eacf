package org.mediationdesk.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.mediators.MediatorAssignment;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reference.IdentityNumbers;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.PartyFact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts the rules saw about each case registered in a period, rebuilt from what is stored as
 * at its registration (party ages on that day, earlier disputes in the 12 months before it). Reads
 * only, in two queries whatever the number of cases: for trying a draft rule set on past cases.
 */
@Service
public class RegisteredCaseFacts {

    private final CaseFactsMapper mapper;
    private final PersonalDataCipher cipher;

    RegisteredCaseFacts(CaseFactsMapper mapper, PersonalDataCipher cipher) {
        this.mapper = mapper;
        this.cipher = cipher;
    }

    /**
     * How many cases were registered from {@code from} to {@code to}, both days included, that are
     * now at one of {@code centres} (null: at any centre).
     */
    public int count(LocalDate from, LocalDate to, Set<String> centres) {
        if (centres != null && centres.isEmpty()) {
            return 0;
        }
        return mapper.countRegistered(from.atStartOfDay(), to.plusDays(1).atStartOfDay(), centres);
    }

    /**
     * The cases registered from {@code from} to {@code to} (both included) that are now at one of
     * {@code centres} (null: at any centre), in registration order. Earlier disputes count those at
     * every centre, as registration does.
     */
    @Transactional(readOnly = true)
    public List<CaseFacts> between(LocalDate from, LocalDate to, Set<String> centres) {
        if (centres != null && centres.isEmpty()) {
            return List.of();
        }
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        List<CaseFactsMapper.PartyFactsRow> parties = mapper.findPartiesOfRegistered(start.minusMonths(12), end);
        EarlierDisputes earlier = new EarlierDisputes(parties);
        Map<Long, List<CaseFactsMapper.PartyFactsRow>> byCase = parties.stream()
                .collect(Collectors.groupingBy(CaseFactsMapper.PartyFactsRow::caseId));
        return mapper.findRegistered(start, end, centres).stream()
                .map(row -> {
                    List<CaseFactsMapper.PartyFactsRow> own = byCase.getOrDefault(row.id(), List.of());
                    return facts(row, own, earlier.of(row.id(), row.registeredAt(), own));
                })
                .toList();
    }

    private CaseFacts facts(CaseFactsMapper.CaseFactsRow row, List<CaseFactsMapper.PartyFactsRow> parties,
                            int[] history) {
        LocalDate registeredOn = row.registeredAt().toLocalDate();
        DisputeFact dispute = new DisputeFact(row.disputeTypeCode(), row.source(), row.countyCode(), row.townshipCode(),
                row.peopleInvolved(), row.amountInDispute(), row.description(),
                Codes.split(row.riskIndicators(), RiskIndicator.class), row.courtStage(), history[0], history[1], null);
        List<PartyFact> partyFacts = parties.stream()
                .map(party -> new PartyFact(Codes.split(party.vulnerabilities(), Vulnerability.class),
                        party.kind() == PartyKind.PERSON
                                ? IdentityNumbers.ageOf(cipher.open(party.idNumber()), registeredOn).orElse(null) : null))
                .toList();
        List<MediatorAssignment.Party> forConflicts = parties.stream()
                .map(party -> new MediatorAssignment.Party(party.name(), cipher.open(party.idNumber()))).toList();
        return new CaseFacts(row.caseNumber(), row.registeredAt(), row.centreCode(), row.mediator(),
                row.chosenMediator(), dispute, partyFacts, forConflicts);
    }

    /**
     * One case as the rules see it.
     *
     * @param centreCode the centre it is at now; {@code mediator} its mediator now (or null)
     */
    public record CaseFacts(String caseNumber, LocalDateTime registeredAt, String centreCode, String mediator,
                            String chosenMediator, DisputeFact dispute, List<PartyFact> parties,
                            List<MediatorAssignment.Party> partiesForConflicts) {
    }
}
