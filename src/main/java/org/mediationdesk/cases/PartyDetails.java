package org.mediationdesk.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What the standard mediation forms ask of a party beyond name, ID number and phone: sex, ethnicity,
 * date of birth, occupation or employer, address, and a legal or entrusted agent (法定代理人/委托代理人:
 * name, capacity such as 父亲 or 委托代理人, phone). Every field is optional; {@code refusedReason}
 * records why a party declined to give them. Collected at intake, editable at the agreement stage.
 */
public record PartyDetails(
        Sex sex,
        @Size(max = 20) String ethnicity,
        @PastOrPresent LocalDate birthDate,
        @Size(max = 100) String occupation,
        @Size(max = 200) String address,
        @Size(max = 100) String agentName,
        @Size(max = 50) String agentCapacity,
        @Size(max = 20) String agentPhone,
        @Size(max = 200) String refusedReason) {

    public static final PartyDetails NONE = new PartyDetails(null, null, null, null, null, null, null, null, null);

    public PartyDetails {
        ethnicity = trimmed(ethnicity);
        occupation = trimmed(occupation);
        address = trimmed(address);
        agentName = trimmed(agentName);
        agentCapacity = trimmed(agentCapacity);
        agentPhone = trimmed(agentPhone);
        refusedReason = trimmed(refusedReason);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
