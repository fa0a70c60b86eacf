package org.mediationdesk.privacy;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The access records as the page, its exports and the API search them: by user, case and days
 * (Asia/Shanghai, {@code to} included); newest first.
 */
@Component
class AccessRecordSearch {

    static final int PAGE_LIMIT = 500;
    static final int EXPORT_LIMIT = 100_000;

    private final AccessRecords records;

    AccessRecordSearch(AccessRecords records) {
        this.records = records;
    }

    List<AccessRecord> search(Filter filter, int limit) {
        return records.search(new AccessRecordQuery(filter.username(), filter.caseNumber(),
                filter.from() == null ? null : filter.from().atStartOfDay(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay()), limit);
    }

    /** What was searched for; blank text is no criterion. */
    record Filter(String username, String caseNumber, LocalDate from, LocalDate to) {

        Filter {
            username = blankToNull(username);
            caseNumber = blankToNull(caseNumber);
        }

        /** The filter as an export's access record names it. */
        String describe() {
            return "user=" + (username == null ? "" : username) + "; case=" + (caseNumber == null ? "" : caseNumber)
                    + "; from=" + (from == null ? "" : from) + "; to=" + (to == null ? "" : to);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
