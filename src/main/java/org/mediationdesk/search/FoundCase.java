package org.mediationdesk.search;

import java.time.LocalDateTime;
import java.util.List;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.CaseView;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;

/**
 * One case a search found: labels beside codes, the mediator's name beside their login, the start of
 * the description, and the parties with ID numbers and phones masked.
 */
public record FoundCase(String caseNumber, LocalDateTime registeredAt, CaseView.Named type, CaseView.Named centre,
                        CaseStatus status, String statusName, String mediator, String mediatorName,
                        String summary, List<Party> parties) {

    public FoundCase {
        parties = List.copyOf(parties);
    }

    /** A party of a found case. */
    public record Party(PartyRole role, PartyKind kind, String name, String idNumber, String phone) {
    }

    /** One page of results; {@code total} counts every match, {@code pages} the pages they fill. */
    public record Page(List<FoundCase> items, int page, int size, long total, long pages) {

        public Page {
            items = List.copyOf(items);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }
}
