package org.mediationdesk.reference;

/** A dispute type from the official statistics, plus fishery. */
public record DisputeType(String code, String nameZh, String nameEn) {
}
