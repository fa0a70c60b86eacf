package org.mediationdesk.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar-day defaults for the process's deadlines, from {@code mediationdesk.deadlines.*}.
 * The rules issue replaces these with working-day deadlines by type, source and risk.
 *
 * @param acceptance          from routing to acceptance
 * @param mediation           from acceptance to an outcome (about one month, Ministry of Justice 2002 art. 33)
 * @param agencyOpinions      for agencies asked to join a mediation to give their opinion
 * @param confirmationWindow  for the parties to apply for judicial confirmation (law: 30 days)
 * @param followUpAfterAgreement when set, the follow-up visit comes this long after the agreement
 *                            instead of at its performance deadline
 */
@ConfigurationProperties("mediationdesk.deadlines")
public record DeadlinePolicy(@DefaultValue("P1D") Duration acceptance,
                             @DefaultValue("P30D") Duration mediation,
                             @DefaultValue("P5D") Duration agencyOpinions,
                             @DefaultValue("P30D") Duration confirmationWindow,
                             Duration followUpAfterAgreement) {
}
