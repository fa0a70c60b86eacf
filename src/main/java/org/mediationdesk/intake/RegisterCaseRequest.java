package org.mediationdesk.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;

/**
 * A dispute as registered at intake. Codes are checked against the reference data separately.
 * {@code riskIndicators} are the boxes the clerk ticks (threats, violence, weapons);
 * {@code courtStage} and {@code courtFileReceivedOn} (the day the centre signed for the court's file,
 * from which the court's limit runs; the registration day when not given) are for court referrals
 * only; {@code chosenMediator} is the mediator the
 * parties chose together, if they did.
 */
public record RegisterCaseRequest(
        @NotBlank @Size(max = 32) String type,
        @NotNull DisputeSource source,
        @NotBlank @Size(max = 12) String countyCode,
        @NotBlank @Size(max = 32) String township,
        @Size(max = 64) String village,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @PastOrPresent LocalDate occurredOn,
        @NotNull @Min(1) @Max(100000) Integer peopleInvolved,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amountInDispute,
        @NotEmpty @Size(max = 50, message = "{validation.list.size}") List<@Valid @NotNull PartyRequest> parties,
        @Size(max = 3, message = "{validation.list.size}") List<@NotNull RiskIndicator> riskIndicators,
        CourtStage courtStage,
        @PastOrPresent LocalDate courtFileReceivedOn,
        @Size(max = 64) String chosenMediator) {

    public RegisterCaseRequest {
        riskIndicators = riskIndicators == null ? List.of() : riskIndicators;
    }
}
