package org.mediationdesk.process.forms;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * courtRuling: what became of the parties' application. A ruling names the court's case number, checked
 * only loosely, e.g. （2027）浙0502民特123号; a withdrawal before the court accepted the application has none.
 */
public record ConfirmationRulingForm(@NotNull Decision decision,
                                     @Size(min = 6, max = 50, message = "{form.courtCaseNumber.size}") String courtCaseNumber,
                                     @NotNull LocalDate decidedOn) {

    /** 确认有效, 不予确认 (驳回申请), or the parties withdrew their application (撤回申请). */
    public enum Decision { CONFIRMED, REJECTED, WITHDRAWN }
}
