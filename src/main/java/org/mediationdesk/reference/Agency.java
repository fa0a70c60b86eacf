package org.mediationdesk.reference;

/** A government body or association that can sit in a centre or join a mediation. */
public record Agency(String code, String nameZh, String nameEn) {
}
