package org.mediationdesk.reference;

/** A city, county or township. Counties carry the prefix of their case numbers. */
public record Region(String code, String parentCode, String regionLevel, String nameZh, String nameEn,
                     String casePrefix) {
}
