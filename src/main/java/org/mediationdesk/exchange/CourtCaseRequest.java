package org.mediationdesk.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mediationdesk.intake.PartyRequest;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;

/**
 * A case a court entrusts to a centre (诉前委派/委托调解): the court and its case number, the stage, the day of
 * entrustment (the court's time limit runs from it), the dispute as intake registers it, and the court's
 * documents. The court's fields are checked here; the dispute's by intake's own rules.
 */
record CourtCaseRequest(
        @NotNull @Valid Court court,
        @NotBlank @Size(max = 64) String courtCaseNumber,
        @NotNull CourtStage stage,
        @NotNull @PastOrPresent LocalDate entrustedOn,
        String type,
        String countyCode,
        String township,
        String village,
        String description,
        LocalDate occurredOn,
        Integer peopleInvolved,
        BigDecimal amountInDispute,
        List<PartyRequest> parties,
        @Size(max = 20, message = "{exchange.documents.tooMany}") List<@Valid @NotNull CourtDocument> documents) {

    CourtCaseRequest {
        documents = documents == null ? List.of() : documents;
    }

    /** The entrusting court: its code (e.g. J0503 for the 南浔区人民法院) and name. */
    record Court(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{exchange.court.code.invalid}") String code,
                 @NotBlank @Size(max = 100) String name) {
    }

    /** A document of the court's file, its bytes in Base64, filed under an attachment category (EVIDENCE, OTHER, …). */
    record CourtDocument(@NotBlank @Size(max = 200) String fileName, @NotBlank String category,
                         @NotBlank String content) {
    }

    RegisterCaseRequest registration() {
        return new RegisterCaseRequest(type, DisputeSource.COURT_REFERRAL, countyCode, township, village, description,
                occurredOn, peopleInvolved, amountInDispute, parties, List.of(), stage, entrustedOn, null);
    }
}
