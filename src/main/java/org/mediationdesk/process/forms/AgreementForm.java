package org.mediationdesk.process.forms;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * recordAgreement: the terms, the amount, how and by when they are performed, the form, the day it took
 * effect, and whether the parties mean to apply for judicial confirmation.
 *
 * @param performanceMethod how the terms will be performed (履行方式), e.g. 一次性现金支付 or 分两期银行转账; optional
 * @param effectiveOn the day the agreement took effect (人民调解法 第二十九条): a written one when the parties
 *                    and the mediator signed it and the committee sealed it, an oral one when the parties agreed
 */
public record AgreementForm(@NotBlank @Size(max = 4000) String terms,
                            @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                            @NotNull LocalDate performanceDeadline,
                            @NotNull Form form,
                            @NotNull LocalDate effectiveOn,
                            @NotNull Boolean judicialConfirmation,
                            @Size(max = 500) String performanceMethod) {

    /** 书面协议 or 口头协议 (an oral agreement is recorded by the mediator). */
    public enum Form { WRITTEN, ORAL }
}
