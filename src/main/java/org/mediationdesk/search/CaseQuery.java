package org.mediationdesk.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mediationdesk.cases.CaseStatus;

/**
 * What a case search asks for, checked (see {@link CaseQueryReader}): each field is null when not
 * asked; text is matched through the search index and confirmed with an escaped LIKE pattern.
 *
 * @param words            words of the description, all of which must be in it
 * @param partyName        (part of) a party's name
 * @param idNumberLookup   the blind index of a whole ID number (ID numbers are stored encrypted)
 * @param registeredBefore the day after the last day of the registration period, at 00:00
 * @param openOnly         every status but CLOSED
 */
record CaseQuery(String caseNumberPattern, Text partyName, String idNumberLookup, List<Text> words, String type,
                 String centre, CaseStatus status, boolean openOnly, LocalDateTime registeredFrom,
                 LocalDateTime registeredBefore, String mediator) {

    CaseQuery {
        words = List.copyOf(words);
    }

    static LocalDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay();
    }

    /** A piece of searched text: the index terms that must all be present, and the pattern that confirms it. */
    record Text(Set<String> terms, String pattern) {

        Text {
            terms = Set.copyOf(terms);
        }

        /** Null when the text gives no terms (punctuation only), so it does not narrow the search. */
        static Text of(String typed) {
            Set<String> terms = SearchTerms.ofSearchWord(typed);
            return terms.isEmpty() ? null : new Text(terms, contains(typed.toLowerCase(Locale.ROOT)));
        }
    }

    /** {@code %value%} with {@code !}, {@code %} and {@code _} escaped by {@code !}, so they match themselves. */
    static String contains(String value) {
        return "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
