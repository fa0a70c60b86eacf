package org.mediationdesk.cases;

import java.time.LocalDateTime;

/** Where a case was referred (诉调对接): a court, an arbitration body or an administrative body. */
public record Referral(String referredTo, String body, String note, String recordedBy, LocalDateTime recordedAt) {
}
