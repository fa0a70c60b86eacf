package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Earlier disputes of each case's parties, counted in memory over the parties of a whole period
 * the way {@code CaseMapper.findHistory} counts them for one case at registration: an earlier case
 * (registered before it, within 12 months) shares a party when a party has the same ID number, or
 * the same name and phone (compared by their blind indexes); it is between the same parties when two or
 * more of them match.
 */
final class EarlierDisputes {

    private static final int MONTHS = 12;

    private final Map<String, List<CaseFactsMapper.PartyFactsRow>> byIdNumber = new HashMap<>();
    private final Map<String, List<CaseFactsMapper.PartyFactsRow>> byNameAndPhone = new HashMap<>();

    /** @param parties every party of the cases registered in the period and the 12 months before it */
    EarlierDisputes(List<CaseFactsMapper.PartyFactsRow> parties) {
        for (CaseFactsMapper.PartyFactsRow party : parties) {
            if (party.idNumberLookup() != null) {
                byIdNumber.computeIfAbsent(party.idNumberLookup(), key -> new ArrayList<>()).add(party);
            }
            if (party.phoneLookup() != null) {
                byNameAndPhone.computeIfAbsent(nameAndPhone(party), key -> new ArrayList<>()).add(party);
            }
        }
    }

    /** {@code [of a party, between the parties]} for a case with these parties. */
    int[] of(long caseId, LocalDateTime registeredAt, List<CaseFactsMapper.PartyFactsRow> ownParties) {
        LocalDateTime since = registeredAt.minusMonths(MONTHS);
        Map<Long, Set<Long>> matchedOwnParties = new HashMap<>();
        for (CaseFactsMapper.PartyFactsRow own : ownParties) {
            List<CaseFactsMapper.PartyFactsRow> candidates = new ArrayList<>();
            if (own.idNumberLookup() != null) {
                candidates.addAll(byIdNumber.getOrDefault(own.idNumberLookup(), List.of()));
            }
            if (own.phoneLookup() != null) {
                candidates.addAll(byNameAndPhone.getOrDefault(nameAndPhone(own), List.of()));
            }
            for (CaseFactsMapper.PartyFactsRow other : candidates) {
                if (other.caseId() < caseId && !other.registeredAt().isBefore(since)) {
                    matchedOwnParties.computeIfAbsent(other.caseId(), key -> new HashSet<>()).add(own.id());
                }
            }
        }
        int between = (int) matchedOwnParties.values().stream().filter(matched -> matched.size() >= 2).count();
        return new int[] {matchedOwnParties.size(), between};
    }

    private static String nameAndPhone(CaseFactsMapper.PartyFactsRow party) {
        return party.name() + '\u0001' + party.phoneLookup();
    }
}
