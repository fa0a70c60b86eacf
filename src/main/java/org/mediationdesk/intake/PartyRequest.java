package org.mediationdesk.intake;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mediationdesk.cases.PartyDetails;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.reference.Vulnerability;

/**
 * A party as entered at intake, with any vulnerabilities ticked and the details the standard forms
 * ask (optional; none given is {@link PartyDetails#NONE}). ID numbers are kept trimmed and upper-case (a typed "x" check digit is "X").
 */
public record PartyRequest(
        @NotNull PartyRole role,
        @NotNull PartyKind kind,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 18) String idNumber,
        @Size(max = 20) String phone,
        @Size(max = 3, message = "{validation.list.size}") List<@NotNull Vulnerability> vulnerabilities,
        @Valid PartyDetails details) {

    public PartyRequest {
        vulnerabilities = vulnerabilities == null ? List.of() : vulnerabilities;
        details = details == null ? PartyDetails.NONE : details;
        idNumber = blankToNull(idNumber == null ? null : idNumber.trim().toUpperCase(Locale.ROOT));
        phone = blankToNull(phone == null ? null : phone.trim());
    }

    public PartyRequest(PartyRole role, PartyKind kind, String name, String idNumber, String phone,
                        List<Vulnerability> vulnerabilities) {
        this(role, kind, name, idNumber, phone, vulnerabilities, PartyDetails.NONE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
