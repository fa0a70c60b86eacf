package org.mediationdesk.process.forms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * superviseCase: the supervisor's instruction on an overdue case (督办意见), the official who answers for it
 * (包案领导, optional), and how many working days the centre has to answer (the configured default when empty).
 */
public record SupervisionForm(@NotBlank @Size(max = 1000) String instruction,
                              @Size(max = 64) String leadOfficial,
                              @Min(1) @Max(30) Integer answerWithinWorkingDays) {
}
