package org.mediationdesk.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The mediation agreement (调解协议书), its judicial confirmation and the follow-up visit.
 *
 * @param effectiveOn            the day it took effect; for agreements recorded before it was asked for, the day
 *                               they were recorded (migration V16.1)
 * @param confirmationWindowEnds the end of the 30 days to apply for judicial confirmation, when the parties meant to
 * @param confirmationAppliedOn  the day the parties applied, with {@code confirmationCourt} the court they applied to
 * @param confirmationDecision   the court's ruling: CONFIRMED, REJECTED, or WITHDRAWN by the parties
 * @param confirmationCaseNumber the court's case number of the ruling, e.g. （2027）浙0502民特123号
 * @param confirmationDecidedOn  the day of the ruling (or of the withdrawal)
 * @param performanceMethod      how the terms will be performed (履行方式), null when not recorded
 */
public record Agreement(String terms, BigDecimal amount, LocalDate performanceDeadline, String agreementForm,
                        LocalDate effectiveOn, boolean confirmationRequested, String recordedBy, LocalDateTime recordedAt,
                        LocalDateTime confirmationWindowEnds, LocalDate confirmationAppliedOn, String confirmationCourt,
                        String confirmationDecision, String confirmationCaseNumber, LocalDate confirmationDecidedOn,
                        Boolean performed, Integer applicantSatisfaction, Integer respondentSatisfaction,
                        String followUpNote, String followedUpBy, LocalDateTime followedUpAt,
                        String performanceMethod) {
}
