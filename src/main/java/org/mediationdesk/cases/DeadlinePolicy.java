package org.mediationdesk.cases;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Periods of the process, from {@code mediationdesk.deadlines.*}. Acceptance and mediation deadlines
 * are not here: the rules set them in working days (rules/deadlines.drl). The tasks that follow have a
 * due date in working days from the moment they open ({@code taskWorkingDays}, by BPMN task id), so every
 * task of a case shows when it is due.
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
 * @param taskWorkingDays     working days each later task has once open: the agreement written up, the
 *                            follow-up visit made (from its date), the referral, manual triage, the police's
 *                            acknowledgement (supervision has its own answer deadlines)
 */
@ConfigurationProperties("mediationdesk.deadlines")
public record DeadlinePolicy(@DefaultValue("P5D") Duration agencyOpinions,
                             @DefaultValue("P30D") Period confirmationWindow,
                             @DefaultValue("P18D") Period confirmationRuling,
                             Duration followUpAfterAgreement,
                             @DefaultValue("3") int supervisionAnswerWorkingDays,
                             Map<String, Integer> taskWorkingDays) {

    private static final Map<String, Integer> STANDARD_TASK_WORKING_DAYS = Map.of("recordAgreement", 3,
            "followUp", 5, "referral", 5, "triageManually", 1, "acknowledgeAlert", 1);
    private static final int OTHER_TASK_WORKING_DAYS = 5;

    /** The working days a task has once open: as configured, else the standard above. */
    int workingDaysFor(String taskId) {
        Integer configured = taskWorkingDays == null ? null : taskWorkingDays.get(taskId);
        return configured != null ? configured : STANDARD_TASK_WORKING_DAYS.getOrDefault(taskId, OTHER_TASK_WORKING_DAYS);
    }
}
