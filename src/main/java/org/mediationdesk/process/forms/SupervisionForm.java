package org.mediationdesk.process.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** superviseCase: the manager's instruction on an overdue case (督办意见). */
public record SupervisionForm(@NotBlank @Size(max = 1000) String instruction) {
}
