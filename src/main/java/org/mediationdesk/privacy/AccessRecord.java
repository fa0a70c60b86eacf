package org.mediationdesk.privacy;

import java.time.LocalDateTime;

/**
 * One access record: who ({@code username}; {@value AccessRecords#SYSTEM} for the retention sweep), when
 * (business time), from which address, what, on which case or which export ({@code subject}: the
 * document, the export's filter, the simulation's period), how many cases an export or simulation held,
 * and the reason given.
 */
public record AccessRecord(long id, LocalDateTime occurredAt, String username, String address, AccessAction action,
                           String caseNumber, String subject, Integer caseCount, String reason) {
}
