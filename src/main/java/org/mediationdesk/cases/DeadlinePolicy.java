package org.mediationdesk.cases;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar-day periods of the process, from {@code mediationdesk.deadlines.*}. Acceptance and
 * mediation deadlines are not here: the rules set them in working days (rules/deadlines.drl).
 *
 * @param agencyOpinions      for agencies asked to join a mediation to give their opinion
 * @param confirmationWindow  for the parties to apply for judicial confirmation, counted from the day after the
 *                            agreement took effect (人民调解法 第三十三条: 30 days)
 * @param confirmationRuling  from the application until the mediator is reminded to ask the court for its ruling
 *                            (法释〔2011〕5号 第四条, 第六条: 3 days to accept, 15 days to decide)
 * @param followUpAfterAgreement when set, the follow-up visit comes this long after the agreement
 *                            instead of at its performance deadline
 * @param supervisionAnswerWorkingDays for a centre to answer a 督办 instruction, in working days, when the
 *                            supervisor does not set another; an unanswered instruction goes one level up
 */
@ConfigurationProperties("mediationdesk.deadlines")
public record DeadlinePolicy(@DefaultValue("P5D") Duration agencyOpinions,
                             @DefaultValue("P30D") Period confirmationWindow,
                             @DefaultValue("P18D") Period confirmationRuling,
                             Duration followUpAfterAgreement,
                             @DefaultValue("3") int supervisionAnswerWorkingDays) {
}
