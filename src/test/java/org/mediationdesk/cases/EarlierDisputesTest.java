package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Earlier disputes counted for a whole period at once, as registration counts them for one case. */
class EarlierDisputesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 9, 0);
    private long partyIds;

    @Test
    void earlierCasesWithinTwelveMonthsSharingPartiesAreCountedAndLaterOrOlderOnesAreNot() {
        var tooOld = List.of(party(1, NOW.minusMonths(13), "沈建国", "330503197203150012", null));
        var shareOne = List.of(party(2, NOW.minusMonths(3), "沈建国", "330503197203150012", null),
                party(2, NOW.minusMonths(3), "张三", null, null));
        var shareBoth = List.of(party(3, NOW.minusDays(10), "沈建国", null, "13857201234"),
                party(3, NOW.minusDays(10), "钱小明", null, "13900000000"));
        var own = List.of(party(4, NOW, "沈建国", "330503197203150012", "13857201234"),
                party(4, NOW, "钱小明", null, "13900000000"));
        var later = List.of(party(5, NOW.plusDays(1), "钱小明", null, "13900000000"));
        EarlierDisputes earlier = new EarlierDisputes(concat(tooOld, shareOne, shareBoth, own, later));

        int[] history = earlier.of(4, NOW, own);

        assertThat(history).containsExactly(2, 1);
    }

    @SafeVarargs
    private static List<CaseFactsMapper.PartyFactsRow> concat(List<CaseFactsMapper.PartyFactsRow>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private CaseFactsMapper.PartyFactsRow party(long caseId, LocalDateTime registeredAt, String name, String idNumber,
                                                String phone) {
        return new CaseFactsMapper.PartyFactsRow(caseId, registeredAt, ++partyIds, PartyKind.PERSON, name, null,
                idNumber, phone, null);
    }
}
