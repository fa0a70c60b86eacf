package org.mediationdesk.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar-day periods of the process, from {@code mediationdesk.deadlines.*}. Acceptance and
 * mediation deadlines are not here: the rules set them in working days (rules/deadlines.drl).
 *
 * @param agencyOpinions      for agencies asked to join a mediation to give their opinion
 * @param confirmationWindow  for the parties to apply for judicial confirmation (law: 30 days)
 * @param followUpAfterAgreement when set, the follow-up visit comes this long after the agreement
 *                            instead of at its performance deadline
 */
@ConfigurationProperties("mediationdesk.deadlines")
public record DeadlinePolicy(@DefaultValue("P5D") Duration agencyOpinions,
                             @DefaultValue("P30D") Duration confirmationWindow,
                             Duration followUpAfterAgreement) {
}
