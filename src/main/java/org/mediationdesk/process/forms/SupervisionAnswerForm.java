package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** answerSupervision: what the centre did on the supervisor's instruction (督办反馈). */
public record SupervisionAnswerForm(@NotBlank @Size(max = 2000) String answer) {
}
