package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The mediation agreement (调解协议书), its judicial confirmation and the follow-up visit. */
public record Agreement(String terms, BigDecimal amount, LocalDate performanceDeadline, String agreementForm,
                        boolean confirmationRequested, String recordedBy, LocalDateTime recordedAt,
                        String confirmationDecision, String confirmationCourt, LocalDate confirmationDecidedOn,
                        Boolean performed, Integer applicantSatisfaction, Integer respondentSatisfaction,
                        String followUpNote, String followedUpBy, LocalDateTime followedUpAt) {
}
